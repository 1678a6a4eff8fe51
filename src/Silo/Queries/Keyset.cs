namespace Concierge.Silo.Queries;

/// <summary>The keyset condition of a list ordered by (position DESC, key DESC), for <c>@AfterMs</c> and <c>@AfterKey</c>.</summary>
public static class Keyset
{
    /// <summary>
    /// Rows after the cursor. The leading <c>position &lt;=</c> bound is implied by the rest but lets every store start its
    /// index range at the cursor instead of filtering from the top (row-value comparisons are not portable to SQL Server).
    /// </summary>
    public static string Before(string position, string key) =>
        $"{position} <= @AfterMs AND ({position} < @AfterMs OR {key} < @AfterKey)";

    /// <summary>Rows after the cursor of a list ordered by (position ASC, key ASC), as <see cref="Before"/> for descending lists.</summary>
    public static string After(string position, string key) =>
        $"{position} >= @AfterMs AND ({position} > @AfterMs OR {key} > @AfterKey)";
}

namespace Concierge.WebFront.Api;

/// <summary>
/// The dates a call-log filter may name, for the REST API and the dashboard alike. Calls happen in this century; a date
/// far outside it is a typo or a probe, and at the edges of the calendar arithmetic overflows (the dashboard asked for
/// the day after 9999-12-31 and answered 500).
/// </summary>
public static class CallLogDates
{
    public static readonly DateOnly FirstDay = new(2000, 1, 1);
    public static readonly DateOnly LastDay = new(2099, 12, 31);

    /// <summary>The first and the last instant a filter may name (UTC): the start of <see cref="FirstDay"/>, the end of <see cref="LastDay"/>.</summary>
    public static readonly DateTimeOffset Earliest = new(FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    public static bool Contains(DateTimeOffset instant) => instant >= Earliest && instant <= Latest;

    /// <summary>What a field outside the range is told.</summary>
    public static string OutOfRange(string field, string what) => $"{field} must be a {what} from 2000-01-01 to 2099-12-31.";
}

using Concierge.Silo.Queries;

namespace Concierge.WebFront.Api;

public static class Paging
{
    /// <summary>Reads <c>cursor</c> and <c>limit</c> (1 to <see cref="ApiPolicies.MaxPageSize"/>), noting errors by field.</summary>
    public static (PageCursor? After, int Take) Read(Validation validation, string? cursor, string? limit)
    {
        if (!PageCursor.TryDecode(cursor, out var after))
        {
            validation.Add("cursor", "cursor is not a cursor this API returned.");
        }

        var take = ApiPolicies.DefaultPageSize;
        if (limit is not null && (!int.TryParse(limit, out take) || take is < 1 or > ApiPolicies.MaxPageSize))
        {
            validation.Add("limit", $"limit must be a whole number from 1 to {ApiPolicies.MaxPageSize}.");
        }

        return (after, take);
    }
}

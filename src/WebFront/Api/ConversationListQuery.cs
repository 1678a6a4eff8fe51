using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>Query string of the conversation list; bound as text so every bad value gets a clear, named error.</summary>
public sealed record ConversationListQuery(string? Caller, string? Decision, string? From, string? To, string? Q, string? Cursor, string? Limit, bool? Live)
{
    /// <summary>
    /// The filter and page this query asks for, every bad value noted in <paramref name="validation"/> by field.
    /// The REST API and the dashboard read their call lists through this one set of rules.
    /// </summary>
    public async Task<(ConversationFilter Filter, PageCursor? After, int Take)> ReadAsync(Validation validation, IGrainFactory grains, string companyId)
    {
        var caller = Caller is null ? null : await validation.CompanyPhoneAsync("caller", Caller, grains, companyId);
        var decision = Decision is null ? null : validation.OneOf("decision", Decision, CallDecisions.All);
        var from = Instant(validation, "from", From);
        var until = Instant(validation, "to", To);
        var search = validation.Optional("q", Q, 200);
        var (after, take) = Paging.Read(validation, Cursor, Limit);
        return (new ConversationFilter(companyId, caller, decision, from, until, search, Live ?? false), after, take);
    }

    private static DateTimeOffset? Instant(Validation validation, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            validation.Add(field, $"{field} must be a date or date-time in ISO 8601, e.g. 2026-11-21 or 2026-11-21T09:30:00Z.");
            return null;
        }

        if (!CallLogDates.Contains(instant))
        {
            validation.Add(field, CallLogDates.OutOfRange(field, "date or date-time"));
            return null;
        }

        return instant;
    }
}

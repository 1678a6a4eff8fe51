using System.Globalization;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>
/// Query string of the call list; bound as text so every bad value gets a clear, named error (the OpenAPI document still
/// gives each its type). Names are camelCase like the rest of the API; ASP.NET matches query keys ignoring case, so the
/// PascalCase spelling clients used before keeps working. (No <c>[Description]</c> here: ASP.NET 10's OpenAPI generator
/// throws on one in an <c>[AsParameters]</c> record; the route's summary says what each parameter does.)
/// </summary>
public sealed record ConversationListQuery
{
    [FromQuery(Name = "caller")]
    public string? Caller { get; init; }

    [FromQuery(Name = "decision"), OneOf(ApiWordList.CallDecision)]
    public string? Decision { get; init; }

    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "limit"), DocumentedAs(JsonSchemaType.Integer)]
    public string? Limit { get; init; }

    [FromQuery(Name = "live"), DocumentedAs(JsonSchemaType.Boolean)]
    public string? Live { get; init; }

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
        if (from > until)
        {
            validation.Add("from", "from must not be after to.");
        }

        var live = validation.TrueOrFalse("live", Live);
        var (after, take) = Paging.Read(validation, Cursor, Limit);
        return (new ConversationFilter(companyId, caller, decision, from, until, search, live), after, take);
    }

    internal static DateTimeOffset? Instant(Validation validation, string field, string? value)
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

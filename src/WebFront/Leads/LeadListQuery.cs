using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Leads;
using Concierge.Silo.Queries;
using Concierge.WebFront.Api;
using Concierge.WebFront.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Concierge.WebFront.Leads;

/// <summary>Query string of the leads list, bound as text so every bad value gets a clear, named error.</summary>
public sealed record LeadListQuery
{
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    [FromQuery(Name = "minScore"), DocumentedAs(JsonSchemaType.Integer)]
    public string? MinScore { get; init; }

    [FromQuery(Name = "maxScore"), DocumentedAs(JsonSchemaType.Integer)]
    public string? MaxScore { get; init; }

    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "limit"), DocumentedAs(JsonSchemaType.Integer)]
    public string? Limit { get; init; }

    /// <summary>The filter and page asked for; every bad value noted in <paramref name="validation"/> by field.</summary>
    public (LeadFilter Filter, PageCursor? After, int Take) Read(Validation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var status = Status is null ? null : validation.OneOf("status", Status, LeadStatuses.All);
        var min = Score(validation, "minScore", MinScore);
        var max = Score(validation, "maxScore", MaxScore);
        if (min > max)
        {
            validation.Add("minScore", "minScore must not be above maxScore.");
        }

        var from = ConversationListQuery.Instant(validation, "from", From);
        var until = ConversationListQuery.Instant(validation, "to", To);
        if (from > until)
        {
            validation.Add("from", "from must not be after to.");
        }

        var (after, take) = Paging.Read(validation, Cursor, Limit);
        return (new LeadFilter(status, min, max, from?.ToUnixTimeMilliseconds(), until?.ToUnixTimeMilliseconds()), after, take);
    }

    private static int? Score(Validation validation, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) && score <= 100)
        {
            return score;
        }

        validation.Add(field, $"{field} must be a whole number from 0 to 100.");
        return null;
    }
}

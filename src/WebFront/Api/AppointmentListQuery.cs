using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Queries;
using Concierge.Silo.Scheduling;
using Concierge.WebFront.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Concierge.WebFront.Api;

/// <summary>
/// Query string of the appointments list, in the company's time zone: one <c>day</c> (yyyy-MM-dd), or <c>from</c> (today
/// when left out) to <c>to</c> (included; from plus 30 days when left out).
/// </summary>
public sealed record AppointmentListQuery
{
    [FromQuery(Name = "day")]
    public string? Day { get; init; }

    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "includeCancelled"), DocumentedAs(JsonSchemaType.Boolean)]
    public string? IncludeCancelled { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "limit"), DocumentedAs(JsonSchemaType.Integer)]
    public string? Limit { get; init; }

    private const int DefaultDays = 30;
    private const int MaxDays = 366;

    public (AppointmentFilter Filter, PageCursor? After, int Take) Read(Validation validation, CompanySettings? company, DateTimeOffset now)
    {
        var zone = CompanyTimeZone.Of(company);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        DateOnly? first, last;
        if (Day is not null)
        {
            if (From is not null || To is not null)
            {
                validation.Add("day", "day lists one day: leave out from and to.");
            }

            first = last = AppointmentRules.Date(validation, "day", Day);
        }
        else
        {
            first = From is null ? today : AppointmentRules.Date(validation, "from", From);
            last = To is null ? first?.AddDays(DefaultDays) : AppointmentRules.Date(validation, "to", To);
        }

        if (first > last)
        {
            validation.Add("from", "from must not be after to.");
        }
        else if (last?.DayNumber - first?.DayNumber > MaxDays)
        {
            validation.Add("to", $"A list covers at most {MaxDays} days.");
        }

        var includeCancelled = validation.TrueOrFalse("includeCancelled", IncludeCancelled);
        var (after, take) = Paging.Read(validation, Cursor, Limit);
        return (new AppointmentFilter(Ms(first ?? today, zone), Ms((last ?? today).AddDays(1), zone), includeCancelled), after, take);
    }

    private static long Ms(DateOnly day, TimeZoneInfo zone) =>
        new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone)).ToUnixTimeMilliseconds();
}

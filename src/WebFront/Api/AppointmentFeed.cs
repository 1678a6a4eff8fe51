using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Queries;
using Concierge.Silo.Scheduling;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Concierge.WebFront.Api;

/// <summary>
/// A company's booked appointments as an iCalendar feed (RFC 5545) that Google, Outlook or Apple Calendar subscribe to:
/// from 30 days back to the booking horizon, one event per appointment, its UID stable across moves within a day so a
/// refresh updates the event instead of adding one. Cancelled appointments are left out, which removes them.
/// </summary>
public static class AppointmentFeed
{
    private const int DaysBack = 30;

    public static async Task<string> RenderAsync(string companyId, CalendarSettings settings, AppointmentQueries appointments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(appointments);
        var filter = new AppointmentFilter(now.AddDays(-DaysBack).ToUnixTimeMilliseconds(), now.AddDays(settings.HorizonDays + 1).ToUnixTimeMilliseconds());
        var calendar = new Calendar { ProductId = "-//Concierge//Appointments//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Appointments");
        PageCursor? after = null;
        do
        {
            var page = await appointments.ListAsync(companyId, filter, after, ApiPolicies.MaxPageSize, cancellationToken);
            foreach (var row in page.Items)
            {
                calendar.Events.Add(Event(companyId, row, now));
            }

            after = page.Next;
        }
        while (after is not null);

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The UID of an appointment's event: its day and reference, unique in the company.</summary>
    public static string Uid(string companyId, string day, string reference) => $"{day}-{reference}@{companyId}.concierge";

    private static CalendarEvent Event(string companyId, AppointmentListRow row, DateTimeOffset now) => new()
    {
        Uid = Uid(companyId, row.Day, row.Reference),
        DtStamp = new CalDateTime(now.UtcDateTime),
        Start = new CalDateTime(DateTimeOffset.FromUnixTimeMilliseconds(row.StartsAtMs).UtcDateTime),
        End = new CalDateTime(DateTimeOffset.FromUnixTimeMilliseconds(row.EndsAtMs).UtcDateTime),
        Summary = $"{row.TypeName}: {row.CallerName ?? row.CallerPhone ?? "caller"}",
        Description = $"Reference {row.Reference}" + (row.CallerPhone is { } phone ? $", {phone}" : ""),
    };
}

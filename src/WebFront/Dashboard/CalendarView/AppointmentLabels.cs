using System.Globalization;
using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Scheduling;

namespace Concierge.WebFront.Dashboard.CalendarView;

/// <summary>How appointments and free slots read on the dashboard: their day and time in the company's zone, their status.</summary>
public static class AppointmentLabels
{
    public static string When(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return When(appointment.Date, appointment.Start);
    }

    public static string When(FreeSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return When(slot.Date, slot.Start);
    }

    /// <summary>"Mon 7 Dec 2026, 10:30".</summary>
    public static string When(DateOnly date, TimeOnly start) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:ddd d MMM yyyy}, {start:HH\\:mm}");

    /// <summary>"10:30–11:00": start and end of an appointment as its row shows them (its buffer left out).</summary>
    public static string Hours(AppointmentListRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var start = TimeOnly.ParseExact(row.StartTime, "HH:mm", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{start:HH\\:mm}–{start.AddMinutes(row.DurationMinutes):HH\\:mm}");
    }

    /// <summary>"booked", "cancelled", or "moved to 342017".</summary>
    public static string Status(string status, string? movedTo) =>
        status == AppointmentStatuses.Moved && movedTo is not null ? $"moved to {movedTo}" : status;

    public static string Status(AppointmentListRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Status(row.Status, row.MovedTo);
    }

    /// <summary>The appointment's page.</summary>
    public static string Link(string reference) => $"/appointments/{Uri.EscapeDataString(reference)}";
}

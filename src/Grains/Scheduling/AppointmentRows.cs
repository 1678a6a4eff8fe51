using System.Globalization;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Scheduling;

/// <summary>An appointment's row in the appointments list, from the appointment.</summary>
public static class AppointmentRows
{
    public static AppointmentRow Of(Appointment appointment, DateTimeOffset? nextTextAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return new AppointmentRow
        {
            CompanyId = appointment.CompanyId,
            Day = appointment.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Reference = appointment.Reference,
            StartTime = appointment.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            StartsAtMs = appointment.StartsAt.ToUnixTimeMilliseconds(),
            EndsAtMs = appointment.StartsAt.AddMinutes(appointment.DurationMinutes).ToUnixTimeMilliseconds(),
            TypeName = appointment.TypeName,
            DurationMinutes = appointment.DurationMinutes,
            BufferMinutes = appointment.BufferMinutes,
            CallerPhone = appointment.CallerPhone,
            CallerName = appointment.CallerName,
            Status = appointment.Status,
            MovedTo = appointment.MovedTo,
            NextTextAtMs = nextTextAt?.ToUnixTimeMilliseconds(),
            CreatedAtMs = appointment.CreatedAt.ToUnixTimeMilliseconds(),
            UpdatedAtMs = now.ToUnixTimeMilliseconds(),
        };
    }
}

using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Scheduling;

/// <summary>One company's appointments on one day, owned by its <see cref="AppointmentDayGrain"/>.</summary>
public sealed class AppointmentDayState
{
    public List<Appointment> Appointments { get; set; } = [];

    /// <summary>SMS confirmations and reminders, sent and to send.</summary>
    public List<AppointmentText> Texts { get; set; } = [];
}

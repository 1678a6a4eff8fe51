using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Scheduling;

/// <summary>A company's calendar configuration, owned by its <see cref="CalendarGrain"/>.</summary>
public sealed class CalendarState
{
    /// <summary>Null until the owner configures the calendar (<see cref="CalendarSettings.Default"/> applies).</summary>
    public CalendarSettings? Settings { get; set; }
}

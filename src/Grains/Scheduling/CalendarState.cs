using Concierge.Grains.Interfaces.Scheduling;

namespace Concierge.Grains.Scheduling;

/// <summary>A company's calendar configuration, owned by its <see cref="CalendarGrain"/>.</summary>
public sealed class CalendarState
{
    /// <summary>Null until the owner configures the calendar (<see cref="CalendarSettings.Default"/> applies).</summary>
    public CalendarSettings? Settings { get; set; }

    /// <summary>SHA-256 of the calendar feed's secret token (hex); null until the owner asks for a feed. The token itself is shown once.</summary>
    public string? FeedTokenHash { get; set; }
}

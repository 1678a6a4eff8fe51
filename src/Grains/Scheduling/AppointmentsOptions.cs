namespace Concierge.Grains.Scheduling;

/// <summary>How appointment texts are sent (configuration section <c>Concierge:Appointments</c>).</summary>
public sealed class AppointmentsOptions
{
    public const string SectionName = "Concierge:Appointments";

    /// <summary>How often each node looks for confirmations and reminders due (reminders are due days ahead; a restart loses timers).</summary>
    public double SweepSeconds { get; set; } = 30;

    /// <summary>Attempts at a text the network certainly refused before it is given up.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the second attempt; each later wait doubles.</summary>
    public double RetrySeconds { get; set; } = 30;

    public TimeSpan RetryDelay(int failedAttempts) => TimeSpan.FromSeconds(RetrySeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1)));

    /// <summary>What is wrong with these settings, one message per problem, each naming the key.</summary>
    public IReadOnlyList<string> Validate() =>
        SweepSeconds <= 0 || RetrySeconds <= 0 || MaxAttempts is <= 0 or > 100
            ? [$"{SectionName}:SweepSeconds and RetrySeconds must be positive, MaxAttempts between 1 and 100."]
            : [];
}

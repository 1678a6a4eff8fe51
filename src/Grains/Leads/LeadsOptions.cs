namespace Concierge.Grains.Leads;

/// <summary>How lead calls are looked after (configuration section <c>Concierge:Leads</c>); what to ask and when to call is each company's.</summary>
public sealed class LeadsOptions
{
    public const string SectionName = "Concierge:Leads";

    /// <summary>How often each node looks for leads due for a call (after a restart, a lost timer).</summary>
    public double SweepSeconds { get; set; } = 60;

    /// <summary>
    /// How long after deciding a call the lead looks for it again when placing it was not confirmed (a crash, a lost answer):
    /// long enough for the network to list a call just placed.
    /// </summary>
    public double RecoverySeconds { get; set; } = 30;

    /// <summary>How long a placed call may go without its final status before the lead asks the network how it ended.</summary>
    public double CallCheckMinutes { get; set; } = 30;

    /// <summary>The wait before an outcome's e-mail is tried again after its first failure; each later wait doubles.</summary>
    public double NotifyRetrySeconds { get; set; } = 30;

    /// <summary>Attempts at an outcome's e-mail before it is given up (8: about an hour of retries at the default wait).</summary>
    public int NotifyMaxAttempts { get; set; } = 8;

    public TimeSpan NotifyRetryDelay(int failedAttempts) => TimeSpan.FromSeconds(NotifyRetrySeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1)));

    public TimeSpan Recovery => TimeSpan.FromSeconds(RecoverySeconds);

    public TimeSpan CallCheck => TimeSpan.FromMinutes(CallCheckMinutes);

    /// <summary>What is wrong with these settings, one message per problem, each naming the key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (SweepSeconds <= 0 || RecoverySeconds <= 0 || CallCheckMinutes <= 0 || NotifyRetrySeconds <= 0)
        {
            problems.Add($"{SectionName}:SweepSeconds, RecoverySeconds, CallCheckMinutes and NotifyRetrySeconds must be positive.");
        }

        if (NotifyMaxAttempts is <= 0 or > 100)
        {
            problems.Add($"{SectionName}:NotifyMaxAttempts must be between 1 and 100; got {NotifyMaxAttempts}.");
        }

        return problems;
    }
}

namespace Concierge.Grains.Webhooks;

/// <summary>How outgoing webhooks are sent and retried (configuration section <c>Concierge:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Concierge:Webhooks";

    /// <summary>Attempts at a delivery before it ends as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait before the second attempt; each later wait doubles (30 s … about an hour by the eighth).</summary>
    public double RetrySeconds { get; set; } = 30;

    /// <summary>How long one POST may take before it counts as failed.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How often each node looks for deliveries due (after a restart, or a timer lost with its activation).</summary>
    public double SweepSeconds { get; set; } = 60;

    /// <summary>
    /// Whether endpoints may be loopback, private, link-local or other internal addresses. Off: a company's URL must not
    /// reach into our own network (SSRF). Tests and a single-machine setup turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public TimeSpan RetryDelay(int failedAttempts) => TimeSpan.FromSeconds(RetrySeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1)));

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>What is wrong with these settings, one message per problem, each naming the key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxAttempts is <= 0 or > 100)
        {
            problems.Add($"{SectionName}:MaxAttempts must be between 1 and 100; got {MaxAttempts}.");
        }

        if (RetrySeconds <= 0 || SweepSeconds <= 0)
        {
            problems.Add($"{SectionName}:RetrySeconds and SweepSeconds must be positive.");
        }

        if (TimeoutSeconds is <= 0 or > 60)
        {
            problems.Add($"{SectionName}:TimeoutSeconds must be more than 0 and at most 60; got {TimeoutSeconds}.");
        }

        return problems;
    }
}

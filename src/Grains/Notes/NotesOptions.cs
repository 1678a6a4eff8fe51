namespace Concierge.Grains.Notes;

/// <summary>How notes are processed, stored and shared (configuration section <c>Concierge:Notes</c>).</summary>
public sealed class NotesOptions
{
    public const string SectionName = "Concierge:Notes";

    /// <summary>How long a note's download links stay valid.</summary>
    public int LinkMinutes { get; set; } = 60;

    /// <summary>Attempts at processing a note before it ends as failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the second attempt; each later wait doubles.</summary>
    public double RetrySeconds { get; set; } = 30;

    /// <summary>Largest media item downloaded (Twilio allows 16 MB on WhatsApp).</summary>
    public long MaxMediaBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Where artifacts are kept on the local file system; by default "notes" next to the SQLite database, else ./data/notes.</summary>
    public string? Directory { get; set; }

    /// <summary>How often each node looks for notes due for an attempt (after a restart, a lost timer, a new transcription model).</summary>
    public double SweepSeconds { get; set; } = 60;

    public TimeSpan RetryDelay(int failedAttempts) => TimeSpan.FromSeconds(RetrySeconds * Math.Pow(2, Math.Max(0, failedAttempts - 1)));

    /// <summary>What is wrong with these settings, one message per problem, each naming the key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (LinkMinutes is <= 0 or > 7 * 24 * 60)
        {
            problems.Add($"{SectionName}:LinkMinutes must be between 1 and 10080 (a week); got {LinkMinutes}.");
        }

        if (MaxAttempts is <= 0 or > 100)
        {
            problems.Add($"{SectionName}:MaxAttempts must be between 1 and 100; got {MaxAttempts}.");
        }

        if (RetrySeconds <= 0 || SweepSeconds <= 0 || MaxMediaBytes <= 0)
        {
            problems.Add($"{SectionName}:RetrySeconds, SweepSeconds and MaxMediaBytes must be positive.");
        }

        return problems;
    }
}

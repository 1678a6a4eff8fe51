namespace Concierge.Grains.Scheduling;

/// <summary>
/// One SMS to a caller about an appointment, in its day grain's outbox: saved with the booking, sent once when due.
/// <see cref="StartedAt"/> is saved before the text is handed to the network, so it is never sent twice: a failure
/// that may have delivered it is not retried; one that certainly did not is, later.
/// </summary>
public sealed class AppointmentText
{
    public const string Confirmation = "confirmation";
    public const string Reminder = "reminder";

    public string Reference { get; set; } = "";

    /// <summary><see cref="Confirmation"/> or <see cref="Reminder"/>.</summary>
    public string Kind { get; set; } = Confirmation;

    /// <summary>BCP-47 tag of the language the text is written in.</summary>
    public string Language { get; set; } = "en-US";

    /// <summary>When it should go (after a refused attempt, when the next one should).</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? MessageSid { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }

    /// <summary>Not to be sent any more: the appointment moved or was cancelled first, or every attempt was refused.</summary>
    public bool Dropped { get; set; }

    public bool IsPending => StartedAt is null && !Dropped;
}

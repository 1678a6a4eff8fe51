using System.Text.Json.Serialization;
using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Grains.Leads;

/// <summary>A lead's durable state, owned by its <see cref="LeadGrain"/>.</summary>
public sealed class LeadState
{
    /// <summary>The lead as handed over; null until recorded. Its personal fields are blanked when the lead is erased.</summary>
    public NewLead? Lead { get; set; }

    public string Status { get; set; } = LeadStatuses.New;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>When the next call is due; null when none is.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public List<LeadAttempt> Attempts { get; set; } = [];

    public List<LeadAnswer> Answers { get; set; } = [];

    public List<LeadTurn> Transcript { get; set; } = [];

    public int? Score { get; set; }

    public string? Tier { get; set; }

    public string? Summary { get; set; }

    public string? NextStep { get; set; }

    /// <summary>Who produced the score: <see cref="OfflineLeadScorer.ScorerName"/> or the model's name.</summary>
    public string? ScoredBy { get; set; }

    /// <summary>Set with the offline score when a model is configured: the model scores the lead before its outcome is announced.</summary>
    public bool ModelScoringDue { get; set; }

    /// <summary>Set once the machine message was left: it is left on one machine only.</summary>
    public bool MachineMessageLeft { get; set; }

    /// <summary>The attempt on which a machine answered; its end counts as <see cref="LeadCallOutcomes.Machine"/>.</summary>
    public int? MachineAttempt { get; set; }

    /// <summary>The conversation of the current call: the listening it is at (1, 2…; 0 before it started), the question asked, whether it was asked twice.</summary>
    public int Turn { get; set; }

    public int QuestionIndex { get; set; }

    public bool Reasked { get; set; }

    /// <summary>What was last said to the lead, said again when the same answer arrives twice.</summary>
    public string? LastPrompt { get; set; }

    /// <summary>Why the last step failed (no company number, the network refusing…), for the lead's page; null when it went through.</summary>
    public string? Error { get; set; }

    /// <summary>How the outcome is announced (e-mail, webhook); null while the lead is open.</summary>
    public LeadNotification? Notification { get; set; }

    /// <summary>
    /// The current attempt: the outbox of the lead's call. Written (with the state) before the call is placed; its CallSid
    /// written once placed. One without CallSid nor outcome is a call that may or may not have been placed.
    /// </summary>
    [JsonIgnore]
    public LeadAttempt? Current => Attempts.Count > 0 && Attempts[^1].Outcome is null ? Attempts[^1] : null;
}

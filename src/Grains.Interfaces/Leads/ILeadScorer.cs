namespace Concierge.Grains.Interfaces.Leads;

/// <summary>
/// Scores a lead after its qualification call with a model held to a strict JSON schema. The lead keeps the offline
/// scorer's result when no model is configured, and whenever this one fails, is late or answers something invalid.
/// </summary>
public interface ILeadScorer
{
    /// <summary>False when no model is configured: the offline result stands and nothing is asked.</summary>
    bool IsConfigured { get; }

    /// <summary>Who scores ("openai:gpt-4o-mini"), recorded as the lead's scorer.</summary>
    string Name { get; }

    /// <summary>The model's result, checked against the questions asked; throws when there is no valid one in time.</summary>
    Task<LeadScoring> ScoreAsync(LeadScoringRequest request, CancellationToken cancellationToken = default);
}

/// <summary>What a scorer is told: the company's questions (with kinds and options), the typed answers and the call's transcript.</summary>
/// <param name="LeadName">The lead's name as the company handed it over: data, never instructions.</param>
/// <param name="LeadNotes">The company's notes on the lead: data, never instructions.</param>
/// <param name="Language">"en" or "fr": the language of the summary and next step.</param>
public sealed record LeadScoringRequest(
    string CompanyName,
    string LeadName,
    string? LeadNotes,
    string Language,
    IReadOnlyList<LeadQuestion> Questions,
    IReadOnlyList<LeadAnswer> Answers,
    IReadOnlyList<LeadTurn> Transcript);

/// <summary>A scorer's result: one answer per question it read an answer for, a score from 0 to 100 and its tier, a summary and a next step.</summary>
public sealed record LeadScoring(IReadOnlyList<LeadAnswer> Answers, int Score, string Tier, string Summary, string NextStep);

using Concierge.Grains.Interfaces.Leads;
using Microsoft.Extensions.Logging;

namespace Concierge.Grains.Leads;

/// <summary>
/// The model's half of scoring: a qualified lead already holds the offline scorer's result; when a model is configured it
/// is asked once, after the call and before the outcome is announced, and its result replaces the offline one only when
/// it passes the same checks (score, tier, summary, answers to the questions asked). A failure, a late or invalid answer
/// keeps the offline result; either way the lead records who scored it.
/// </summary>
public sealed partial class LeadGrain
{
    private async Task ScoreWithModelAsync(CancellationToken cancellationToken)
    {
        var lead = Lead.Lead!;
        var asked = Lead.Answers.Select(a => a.Question).ToHashSet(StringComparer.Ordinal);
        var questions = (await GrainFactory.GetGrain<ILeadSettingsGrain>(lead.CompanyId).GetAsync()).Settings.Questions
            .Where(q => asked.Contains(q.Text)).ToList();
        var company = await CompanyAsync();
        var language = LeadPhrases.LanguageTag(lead.Language, company?.Languages);
        var request = new LeadScoringRequest(
            company?.Name ?? "", lead.Name, lead.Notes, LeadPhrases.IsFrench(language) ? "fr" : "en", questions, Lead.Answers, Lead.Transcript);
        Lead.ModelScoringDue = false; // asked once: a failure keeps the offline result, saved with the announcement
        try
        {
            var scoring = await scorer.ScoreAsync(request, cancellationToken);
            var score = LeadScore.Validated(scoring.Score, scoring.Tier, scoring.Summary, scoring.NextStep);
            if (score.Tier != LeadTiers.For(score.Score) || scoring.Answers.Any(a => !asked.Contains(a.Question)))
            {
                throw new ArgumentException("The model's tier does not match its score, or it answered a question not asked.");
            }

            var byQuestion = scoring.Answers.ToDictionary(a => a.Question, StringComparer.Ordinal);
            Lead.Answers = [.. Lead.Answers.Select(typed => byQuestion.GetValueOrDefault(typed.Question) ?? typed)];
            (Lead.Score, Lead.Tier, Lead.Summary, Lead.NextStep) = (score.Score, score.Tier, score.Summary, score.NextStep);
            Lead.ScoredBy = scorer.Name;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogModelScoringFailed(logger, LeadId, e.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Lead {LeadId}: the model gave no valid score ({Failure}); the offline score stands")]
    private static partial void LogModelScoringFailed(ILogger logger, string leadId, string failure);
}

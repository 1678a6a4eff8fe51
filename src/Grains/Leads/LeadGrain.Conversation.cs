using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Grains.Leads;

/// <summary>
/// The conversation half of a lead: who is calling (an automated assistant, the call may be recorded), then the company's
/// questions one at a time, each asked again once when the answer is unclear; "stop", "not interested", "remove me" end it
/// politely, decline the lead and put its number on the do-not-call list. The last answer scores the lead (offline rules; a
/// configured model scores it again after the call).
/// </summary>
public sealed partial class LeadGrain
{
    public async Task<CallStep> HearAsync(string callSid, string? speech, int turn)
    {
        var language = LeadPhrases.LanguageTag(Lead.Lead?.Language, (await CompanyAsync())?.Languages);
        if (Lead.Current?.CallSid != callSid || Lead.Status != LeadStatuses.Calling || Lead.Turn == 0)
        {
            return new HangUpStep("", language); // a call this lead is no longer in
        }

        if (turn != Lead.Turn)
        {
            return new ListenStep(Lead.LastPrompt ?? "", language, Lead.Turn); // an answer heard twice
        }

        var questions = (await GrainFactory.GetGrain<ILeadSettingsGrain>(Lead.Lead!.CompanyId).GetAsync()).Settings.Questions;
        if (!string.IsNullOrWhiteSpace(speech))
        {
            Say("lead", speech);
            if (LeadAnswerReader.AsksToStop(speech))
            {
                Close(LeadStatuses.Declined);
                await GrainFactory.GetGrain<ILeadSettingsGrain>(Lead.Lead.CompanyId).AddDoNotCallAsync(Lead.Lead.Phone);
                return await FarewellAsync(LeadPhrases.Declined(language), language);
            }
        }

        var question = questions[Math.Min(Lead.QuestionIndex, questions.Count - 1)];
        var answer = LeadAnswerReader.Read(question, speech);
        if (answer is null && !Lead.Reasked)
        {
            Lead.Reasked = true;
            return await ListenAsync(LeadPhrases.Reask(question.Text, language), language);
        }

        Lead.Answers.Add(new LeadAnswer(question.Text, answer, answer is null ? 0 : 0.9));
        Lead.QuestionIndex++;
        Lead.Reasked = false;
        return Lead.QuestionIndex < questions.Count
            ? await ListenAsync(questions[Lead.QuestionIndex].Text, language)
            : await QualifyAsync(questions, language);
    }

    /// <summary>A person answered: the introduction, then the first question (or thanks, when the company asks none).</summary>
    private async Task<CallStep> ConverseAsync(string language)
    {
        var company = (await CompanyAsync())?.Name ?? "";
        var questions = (await GrainFactory.GetGrain<ILeadSettingsGrain>(Lead.Lead!.CompanyId).GetAsync()).Settings.Questions;
        Lead.Answers = [];
        Lead.QuestionIndex = 0;
        Lead.Reasked = false;
        var introduction = LeadPhrases.Introduction(company, language);
        return questions.Count > 0
            ? await ListenAsync($"{introduction} {questions[0].Text}", language)
            : await QualifyAsync(questions, language, introduction);
    }

    private async Task<CallStep> QualifyAsync(IReadOnlyList<LeadQuestion> questions, string language, string? introduction = null)
    {
        var score = OfflineLeadScorer.Score(questions, Lead.Answers, Lead.Lead!.Name, LeadPhrases.IsFrench(language));
        Lead.Score = score.Score;
        Lead.Tier = score.Tier;
        Lead.Summary = score.Summary;
        Lead.NextStep = score.NextStep;
        Lead.ScoredBy = OfflineLeadScorer.ScorerName;
        Lead.ModelScoringDue = scorer.IsConfigured; // asked after the call, before the outcome is announced (LeadGrain.Scoring.cs)
        Close(LeadStatuses.Qualified);
        return await FarewellAsync(introduction is null ? LeadPhrases.Thanks(language) : $"{introduction} {LeadPhrases.Thanks(language)}", language);
    }

    private async Task<CallStep> ListenAsync(string prompt, string language)
    {
        Lead.Turn++;
        Lead.LastPrompt = prompt;
        Say("assistant", prompt);
        await SaveAsync();
        return new ListenStep(prompt, language, Lead.Turn);
    }

    private async Task<CallStep> FarewellAsync(string farewell, string language)
    {
        Say("assistant", farewell);
        await SaveAsync();
        return new HangUpStep(farewell, language);
    }

    private void Say(string speaker, string text) => Lead.Transcript.Add(new LeadTurn(speaker, text, time.GetUtcNow()));
}

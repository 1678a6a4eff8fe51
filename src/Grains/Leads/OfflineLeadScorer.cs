using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Grains.Leads;

/// <summary>
/// Scores a qualified lead without a model, by rules over the typed answers: each required question weighs twice an
/// optional one; a yes, a number above zero, a choice among the first half of the options, or any free text counts in
/// full; the later half of a choice's options counts half; no, zero or no answer counts nothing.
/// </summary>
public static class OfflineLeadScorer
{
    /// <summary>Recorded as the lead's scorer.</summary>
    public const string ScorerName = "offline";

    public static LeadScore Score(IReadOnlyList<LeadQuestion> questions, IReadOnlyList<LeadAnswer> answers, string name, bool french)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(answers);
        double earned = 0, possible = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var weight = questions[i].Required ? 2 : 1;
            possible += weight;
            earned += weight * Worth(questions[i], i < answers.Count ? answers[i].Answer : null);
        }

        var score = possible == 0 ? 50 : (int)Math.Round(100 * earned / possible);
        var tier = LeadTiers.For(score);
        var answered = answers.Count(a => a.Answer is not null);
        var summary = french
            ? $"{name} a répondu à {answered} question(s) sur {questions.Count}. " + string.Join(" ", answers.Select(a => $"{a.Question} {a.Answer ?? "(sans réponse)"}."))
            : $"{name} answered {answered} of {questions.Count} question(s). " + string.Join(" ", answers.Select(a => $"{a.Question} {a.Answer ?? "(no answer)"}."));
        var nextStep = tier switch
        {
            LeadTiers.Hot => french ? "Rappeler aujourd'hui." : "Call back today.",
            LeadTiers.Warm => french ? "Relancer cette semaine." : "Follow up this week.",
            _ => french ? "Pas de relance nécessaire." : "No follow-up needed.",
        };
        return LeadScore.Validated(score, tier, summary.Trim(), nextStep);
    }

    private static double Worth(LeadQuestion question, string? answer) => answer switch
    {
        null => 0,
        _ when question.Kind == LeadQuestionKinds.YesNo => answer == "yes" ? 1 : 0,
        _ when question.Kind == LeadQuestionKinds.Number => long.TryParse(answer, out var n) && n > 0 ? 1 : 0,
        _ when question.Kind == LeadQuestionKinds.Choice => IndexOf(question.Options, answer) < (question.Options.Count + 1) / 2 ? 1 : 0.5,
        _ => 1,
    };

    private static int IndexOf(IReadOnlyList<string> options, string answer)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] == answer)
            {
                return i;
            }
        }

        return options.Count;
    }
}

/// <summary>A lead's score (0 to 100), tier, summary and next step, checked before it is stored.</summary>
public sealed record LeadScore(int Score, string Tier, string Summary, string NextStep)
{
    /// <summary>The score, or <see cref="ArgumentException"/> when any part is out of bounds (a scorer's bug is not stored).</summary>
    public static LeadScore Validated(int score, string tier, string summary, string nextStep)
    {
        if (score is < 0 or > 100 || !LeadTiers.All.Contains(tier) || string.IsNullOrWhiteSpace(summary) || string.IsNullOrWhiteSpace(nextStep))
        {
            throw new ArgumentException($"Not a valid lead score: {score}, {tier}.");
        }

        return new LeadScore(score, tier, summary.Length > 2000 ? summary[..2000] : summary, nextStep);
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Leads;
using Concierge.Silo.Brains;

namespace Concierge.Silo.Leads;

/// <summary>
/// The JSON a model scores a lead with (<c>{answers:[{question, answer, confidence}], score, tier, summary, nextStep}</c>)
/// and the checks it must pass before it is stored: a score from 0 to 100 with the tier its band gives (the offline
/// scorer's bands, <see cref="LeadTiers.For"/>), a non-blank summary and next step, and answers only to the questions
/// asked, each once, typed as its question's kind.
/// </summary>
internal static class LeadScoringFormat
{
    public const string FormatName = "lead_scoring";

    public const string Answers = "answers";
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Confidence = "confidence";
    public const string Score = "score";
    public const string Tier = "tier";
    public const string Summary = "summary";
    public const string NextStep = "nextStep";

    /// <summary>A few hundred tokens for the answers and the summary; the cap stops a runaway answer.</summary>
    private const int MaxOutputTokens = 1500;

    /// <summary>The schema for these questions: a question outside them cannot even be named.</summary>
    public static StrictJsonFormat For(IReadOnlyList<LeadQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var question = questions.Count > 0
            ? StrictJsonFormat.Enumeration(questions.Select(q => q.Text), "The question's text, exactly as asked.")
            : StrictJsonFormat.Text("The question's text, exactly as asked (no question was asked: leave answers empty).");
        var answer = StrictJsonFormat.Closed(new JsonObject
        {
            [Question] = question,
            [Answer] = StrictJsonFormat.NullableText(
                "The lead's answer as its kind stores it: yes_no \"yes\" or \"no\"; number digits only; choice one of the options verbatim; " +
                "free_text a few words. null when the lead gave no usable answer."),
            [Confidence] = StrictJsonFormat.Number("How sure the reading is, from 0 to 1."),
        });
        return StrictJsonFormat.Create(
            FormatName,
            "The lead's qualification after the call.",
            new JsonObject
            {
                [Answers] = StrictJsonFormat.ArrayOf(answer, "One entry per question asked, in the order asked."),
                [Score] = StrictJsonFormat.WholeNumber("How qualified the lead is, from 0 (not at all) to 100 (ready to buy)."),
                [Tier] = StrictJsonFormat.Enumeration(LeadTiers.All, "hot for a score of 70 or more, warm from 40 to 69, cold below 40."),
                [Summary] = StrictJsonFormat.Text("Two or three sentences for the company: who the lead is, what they want, what they said."),
                [NextStep] = StrictJsonFormat.Text("The one thing the company should do next, in one short sentence."),
            },
            MaxOutputTokens);
    }

    /// <summary>The scoring, or <see cref="ModelAnswerException"/> naming the first check it fails.</summary>
    public static LeadScoring Read(JsonElement root, IReadOnlyList<LeadQuestion> questions)
    {
        var score = ModelJson.Integer(root, Score, 0, 100);
        var tier = ModelJson.OneOf(root, Tier, LeadTiers.All);
        if (tier != LeadTiers.For(score))
        {
            throw new ModelAnswerException($"Field '{Tier}' does not match the score's band ({LeadTiers.For(score)}).");
        }

        return new LeadScoring(
            ReadAnswers(root, questions), score, tier, ModelJson.RequiredText(root, Summary), ModelJson.RequiredText(root, NextStep));
    }

    private static List<LeadAnswer> ReadAnswers(JsonElement root, IReadOnlyList<LeadQuestion> questions)
    {
        var answers = new List<LeadAnswer>();
        foreach (var item in ModelJson.Array(root, Answers))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ModelAnswerException($"An item of '{Answers}' is not an object.");
            }

            var text = ModelJson.RequiredText(item, Question);
            var question = questions.FirstOrDefault(q => q.Text == text)
                ?? throw new ModelAnswerException($"An item of '{Answers}' answers a question that was not asked.");
            if (answers.Any(a => a.Question == question.Text))
            {
                throw new ModelAnswerException($"An item of '{Answers}' answers a question twice.");
            }

            var answer = ModelJson.OptionalText(item, Answer);
            if (answer is not null && !Fits(question, answer))
            {
                throw new ModelAnswerException($"An item of '{Answers}' has an answer that does not fit its question's kind ({question.Kind}).");
            }

            answers.Add(new LeadAnswer(question.Text, answer, ModelJson.Number(item, Confidence, 0, 1)));
        }

        return answers;
    }

    /// <summary>Whether <paramref name="answer"/> is stored the way the typed answers of <paramref name="question"/>'s kind are.</summary>
    private static bool Fits(LeadQuestion question, string answer) => question.Kind switch
    {
        LeadQuestionKinds.YesNo => answer is "yes" or "no",
        LeadQuestionKinds.Number => long.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        LeadQuestionKinds.Choice => question.Options.Contains(answer),
        _ => true,
    };
}

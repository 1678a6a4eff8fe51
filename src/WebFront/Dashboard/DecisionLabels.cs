using Concierge.Grains.Interfaces.Calls;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// How the dashboard names each call decision, in the order its charts and filters list them: the decision's own word
/// (<c>final_decision</c>, as the REST API and the simulator say it), made readable, so one thing has one name everywhere.
/// </summary>
public static class DecisionLabels
{
    /// <summary>The chart's name for calls with no decision yet.</summary>
    public const string Undecided = "";

    /// <summary>Every decision, then <see cref="Undecided"/>.</summary>
    public static IReadOnlyList<string> ChartOrder { get; } = [.. CallDecisions.All, Undecided];

    public static string Of(string decision) => decision switch
    {
        CallDecisions.Transferred => "Transferred",
        CallDecisions.TransferredException => "Transferred (exception list)",
        CallDecisions.TransferFailed => "Transfer failed",
        CallDecisions.Completed => "Completed",
        CallDecisions.MessageTaken => "Message taken",
        CallDecisions.EndedNoSpeech => "Ended, no speech",
        CallDecisions.Blocked => "Blocked",
        CallDecisions.Abandoned => "Abandoned",
        Undecided => "In progress",
        _ => decision,
    };

    /// <summary>What happened, as the end of a sentence about the call ("Sam called about the car: left a message").</summary>
    public static string Outcome(string? decision) => decision switch
    {
        CallDecisions.Transferred => "put through to you",
        CallDecisions.TransferredException => "put through to you (exception list)",
        CallDecisions.TransferFailed => "put through, but you did not pick up",
        CallDecisions.Completed => "ended politely",
        CallDecisions.MessageTaken => "left a message",
        CallDecisions.EndedNoSpeech => "never spoke",
        CallDecisions.Blocked => "blocked",
        CallDecisions.Abandoned => "hung up before a decision",
        null => "still on the line",
        _ => decision,
    };

    /// <summary>What the screener chose to do after a caller's words (a turn's action, as the API and the call log store it).</summary>
    public static string OfAction(string action) => action switch
    {
        "transfer" => "put the caller through",
        "end" => "end the call",
        "ask" => "ask a question",
        "take_message" => "take a message",
        "block" => "block the caller",
        _ => action.Replace('_', ' '),
    };

    /// <summary>
    /// Who decided, in the owner's words: "rules" for the offline screener, "model" for the language model (named), and
    /// the other deciders as they are ("exception list", "caller history").
    /// </summary>
    public static string OfBrain(string brain)
    {
        const string Offline = "offline";
        const string Fallback = "offline (fallback: ";
        if (brain == Offline)
        {
            return "rules";
        }

        if (brain.StartsWith(Fallback, StringComparison.Ordinal) && brain.EndsWith(')'))
        {
            return $"rules (the model failed: {brain[Fallback.Length..^1]})";
        }

        return brain is "exception list" or "caller history" or "concierge" ? brain : $"model ({brain})";
    }

    /// <summary>A CSS class giving the decision its colour in charts, legends and badges.</summary>
    public static string CssClass(string decision) => decision.Length == 0 ? "decision-undecided" : $"decision-{decision.Replace('_', '-')}";
}

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

    /// <summary>A CSS class giving the decision its colour in charts, legends and badges.</summary>
    public static string CssClass(string decision) => decision.Length == 0 ? "decision-undecided" : $"decision-{decision.Replace('_', '-')}";
}

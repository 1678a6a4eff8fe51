using System.Text;
using Concierge.Grains.Calls;
using Concierge.Grains.Interfaces.Calls;
using Concierge.Grains.Interfaces.Screening;

namespace Concierge.Grains.Handovers;

/// <summary>
/// The few lines an agent reads before saying hello: who is calling, why, and the caller's own last words (each cut
/// short). Bounded, so a long call still fits a ticket's description field.
/// </summary>
public static class HandoverSummary
{
    public const int MaxLength = 800;

    private const int MaxQuote = 200;

    private const int Quotes = 3;

    public static string Of(CallState call, ScreeningDecision decision, string reason)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(decision);
        var summary = new StringBuilder();
        summary.Append("Caller: ").Append(CallScript.NameOrNull(call.CallerName) ?? "name not given").Append(" (").Append(call.From).Append("). ");
        if (CallScript.NameOrNull(call.Purpose) is { } purpose)
        {
            summary.Append("About: ").Append(purpose).Append(". ");
        }

        summary.Append("Why handed over: ").Append(reason.TrimEnd('.')).Append('.');
        var said = call.Turns.Where(t => t.Speaker == TurnSpeakers.Caller).TakeLast(Quotes).Select(t => Cut(t.Text)).ToList();
        if (said.Count > 0)
        {
            summary.Append(" The caller said: ").AppendJoin(" / ", said.Select(s => $"\"{s}\""));
        }

        return summary.Length <= MaxLength ? summary.ToString() : summary.ToString(0, MaxLength - 1) + "…";
    }

    private static string Cut(string text) => text.Length <= MaxQuote ? text : text[..(MaxQuote - 1)] + "…";
}

using Concierge.Grains.Calls;

namespace Concierge.Grains.Handovers;

/// <summary>What the caller hears, and the call log says, when a call is handed over to a person.</summary>
public static class HandoverScript
{
    public static string PuttingThrough(string language) => CallScript.IsFrench(language)
        ? "Très bien, je vous passe un membre de l'équipe, qui aura le résumé de notre échange."
        : "Of course, I'm putting you through to a member of the team, who will have a summary of our conversation.";

    public const string AskedForAPerson = "The caller asked to speak to a person.";

    public static string Urgent(string reason) => $"Urgent, so put through to the agent line: {reason}";

    public const string HandingOver = "Handing over to the agent line, with a handover token and a summary sent to the company's system.";
}

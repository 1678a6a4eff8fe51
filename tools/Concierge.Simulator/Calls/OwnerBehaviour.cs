namespace Concierge.Simulator.Calls;

/// <summary>What the owner does when a call is put through to them.</summary>
/// <param name="DialOutcome">Twilio's DialCallStatus for the owner's phone: <c>completed</c> (picked up), <c>busy</c>, <c>no-answer</c>, <c>failed</c>.</param>
/// <param name="PressesOne">After a whisper: press 1 to take the call, or let it time out.</param>
public sealed record OwnerBehaviour(string DialOutcome = "completed", bool PressesOne = true)
{
    public static IReadOnlyList<string> DialOutcomes { get; } = ["completed", "busy", "no-answer", "failed"];

    public bool PicksUp => DialOutcome == "completed";
}

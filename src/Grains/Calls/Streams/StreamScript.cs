using static Concierge.Grains.Calls.CallScript;

namespace Concierge.Grains.Calls.Streams;

/// <summary>The lines and call-log sentences of realtime calls (see <see cref="CallScript"/> for the rest).</summary>
public static class StreamScript
{
    /// <summary>Who decided a realtime call and spoke its concierge turns (a turn's latency there is the response time heard).</summary>
    public const string Brain = "realtime model";

    /// <summary>The live voice dropped before a decision: screening goes on with speech recognition.</summary>
    public static string CarryOn(string language) => IsFrench(language)
        ? "Pardon, la ligne a coupé un instant. Pouvez-vous me redire qui appelle, et à quel sujet ?"
        : "Sorry, the line dropped for a moment. Could you tell me again who's calling, and what it's about?";

    public static string TimeLimit(string language) => IsFrench(language)
        ? "Je dois mettre fin à l'appel. N'hésitez pas à envoyer un SMS. Au revoir."
        : "I have to end the call now. Feel free to send a text. Goodbye.";

    public static string GatherInstead(string why) => $"Realtime voice is chosen, but {why}: the call is screened with speech recognition.";

    public const string LiveVoice = "The caller talks with the live voice model.";

    public const string EndedWithoutDecision = "The live voice ended without a decision: screening goes on with speech recognition.";

    public const string TimeLimitReached = "The call reached its time limit.";

    public const string HandedToBooking = "The live voice handed the caller to the booking dialogue.";

    public static string BookingAsked(string request) => $"The live voice handed the caller to the booking dialogue with their request: \"{request}\".";

    public const string FillerPlayed = "The caller heard \"one moment\" while the reply was prepared.";

    public static string Interrupted(int heardMs) => $"The caller interrupted the reply after {heardMs} ms of it.";

    public static string ModelReason(string? reason, string fallback) => reason is { Length: > 0 } given ? CallLogLines.AsSentence(given) : fallback;
}

namespace Concierge.Grains.Calls.Streams;

/// <summary>
/// Whether calls of companies in <c>realtime</c> voice mode can have a live voice model: <paramref name="Unusable"/> says
/// why not (for the call log) and is null when they can. Without one, such calls are screened in gather mode: a caller
/// never meets a dead line.
/// </summary>
/// <param name="MaxSeconds">The hard cap on a realtime call's stream.</param>
public sealed record RealtimeVoice(string? Unusable, int MaxSeconds = RealtimeVoice.DefaultMaxSeconds)
{
    public const int DefaultMaxSeconds = 600;

    /// <summary>No realtime model is set up (the host registered none).</summary>
    public static RealtimeVoice Unconfigured { get; } = new("no realtime model is configured");

    public bool IsUsable => Unusable is null;
}

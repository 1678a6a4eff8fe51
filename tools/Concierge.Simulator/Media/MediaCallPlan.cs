namespace Concierge.Simulator.Media;

/// <summary>
/// How a simulated caller behaves on a media stream. Each turn the caller speaks for <see cref="SpeakFor"/>, waits in
/// silence for the reply to be heard (up to <see cref="ReplyTimeout"/>), then listens: on even turns for
/// <see cref="InterruptAfter"/> only, so the next turn speaks over the reply (a barge-in), on odd turns for
/// <see cref="ListenFor"/>, the reply heard out. After <see cref="Turns"/> turns (or at <see cref="Until"/>) the caller
/// stays silent for <see cref="SilenceAtEnd"/>, waiting for the concierge to decide, then hangs up if it has not.
/// </summary>
public sealed record MediaCallPlan
{
    public int Turns { get; init; } = 2;

    public TimeSpan SpeakFor { get; init; } = TimeSpan.FromMilliseconds(800);

    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan InterruptAfter { get; init; } = TimeSpan.FromMilliseconds(600);

    public TimeSpan ListenFor { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan SilenceAtEnd { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A <see cref="System.Diagnostics.Stopwatch"/> timestamp after which no new turn starts; none when 0.</summary>
    public long Until { get; init; }
}

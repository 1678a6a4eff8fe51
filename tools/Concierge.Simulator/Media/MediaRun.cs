using System.Globalization;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator.Media;

/// <summary>
/// <c>--media</c>: callers on realtime media streams, <c>concurrency</c> at a time, each speaking, interrupting a reply,
/// hearing one out and staying silent until the concierge decides; then response time heard, barge-in reaction and
/// decisions. Exit code 1 when a call failed or was never connected to a stream.
/// </summary>
public static class MediaRun
{
    public static async Task<int> RunAsync(SimulatorSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        using var http = TwilioHttpClient.Create(settings.Url);
        var account = new TwilioAccount(settings.PublicBaseUrl, settings.AuthToken);
        var stats = new MediaCallStats();
        var numbers = new CallerNumbers();
        await output.WriteLineAsync(Invariant($"Calling {settings.Url} as Twilio with media streams: {settings.Callers} callers, {settings.Concurrency} at a time; each speaks, interrupts a reply, hears one out, then stays silent."));
        await Parallel.ForAsync(0, settings.Callers, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken }, async (i, token) =>
        {
            try
            {
                await new MediaCaller(http, account, numbers.Next(), settings.To, new MediaCallPlan(), stats) { Voice = i }.RunAsync(token);
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.WebSockets.WebSocketException or UnexpectedWebhookResponseException or TaskCanceledException)
            {
                stats.Failure();
                await output.WriteLineAsync($"  a call failed: {e.Message}");
            }
        });

        Print(stats, output);
        return stats.Failed == 0 && !stats.Decisions.ContainsKey(MediaCaller.NotConnected) ? 0 : 1;
    }

    public static void Print(MediaCallStats stats, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine("Calls by decision (what the Connect action answered)");
        foreach (var (decision, count) in stats.Decisions.OrderByDescending(d => d.Value))
        {
            output.WriteLine(Invariant($"  {decision,-28}{count,6}"));
        }

        output.WriteLine();
        output.WriteLine("Heard by the caller (ms)");
        output.WriteLine(Invariant($"  {"",-16}{"count",8}{"p50",9}{"p95",9}{"p99",9}{"max",9}"));
        foreach (var latency in new[] { stats.ResponseHeard, stats.BargeIn })
        {
            output.WriteLine(Invariant($"  {latency.Label,-16}{latency.Count,8}{latency.P50,9:F1}{latency.P95,9:F1}{latency.P99,9:F1}{latency.Max,9:F1}"));
        }

        output.WriteLine(Invariant($"Replies never heard: {stats.Unanswered}; barge-ins never cleared: {stats.Uncleared}; calls failed: {stats.Failed}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

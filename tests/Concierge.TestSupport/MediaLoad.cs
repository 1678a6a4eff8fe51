using System.Collections.Concurrent;
using System.Diagnostics;
using Concierge.Simulator.Load;
using Concierge.Simulator.Media;
using Concierge.Simulator.Protocol;

namespace Concierge.TestSupport;

/// <summary>
/// The media load driver: the built WebFront as a process in realtime mode (SQLite), its model a
/// <see cref="FakeRealtimeModel"/> that answers every turn after <see cref="ModelDelay"/> with <see cref="ReplyLength"/>
/// of audio streamed at real-time pace (one 20 ms delta every 20 ms, each stamped with the time it was sent), and N
/// simulator callers (<see cref="MediaCaller"/>: ring, signed handshake, the call's real token, frames at 20 ms pace,
/// speech, silence, barge-ins). A step measures, while all its streams are open: added latency per frame (stamp → the
/// frame at Twilio's side), barge-in reaction, response time heard, the app's CPU per stream-minute and memory per stream.
/// </summary>
public sealed class MediaLoad : IAsyncDisposable
{
    public static readonly TimeSpan ModelDelay = TimeSpan.FromMilliseconds(300);
    public static readonly TimeSpan ReplyLength = TimeSpan.FromSeconds(2);

    private readonly TempDirectory directory;
    private readonly FakeRealtimeModel model;
    private readonly WebFrontProcess app;
    private readonly CallerNumbers numbers = new();

    private MediaLoad(TempDirectory directory, FakeRealtimeModel model, WebFrontProcess app)
    {
        this.directory = directory;
        this.model = model;
        this.app = app;
    }

    public WebFrontProcess App => app;

    /// <param name="relay">Another relay to drive in the app's place (the benchmark's floor), as <see cref="WebFrontProcess.StartAsync"/> takes it.</param>
    public static async Task<MediaLoad> StartAsync(IReadOnlyList<string>? relay = null)
    {
        var model = await FakeRealtimeModel.StartAsync();
        model.RecordAudio = false;
        model.StampDeltas = true;
        var audio = new byte[(int)ReplyLength.TotalMilliseconds * 8];
        for (var i = 0; i < audio.Length; i++)
        {
            audio[i] = (byte)(0x10 + (i % 0x60));
        }

        model.EveryTurn = new FakeReply("I'd like to speak to Alex.", "One moment, I'll see if Alex is free.", audio)
        {
            Delay = ModelDelay, DeltaBytes = 160, Pace = TimeSpan.FromMilliseconds(20),
        };
        var directory = new TempDirectory();
        try
        {
            var environment = ConciergeEnvironment.SqliteRealtime(directory.File("concierge.db"), model.Endpoint);
            return new MediaLoad(directory, model, await WebFrontProcess.StartAsync(directory.Path, environment, program: relay));
        }
        catch
        {
            directory.Dispose();
            await model.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// <paramref name="streams"/> calls started evenly over <paramref name="ramp"/>, measured for <paramref name="measured"/>
    /// once all are open, then hung up.
    /// </summary>
    public async Task<MediaLoadStep> RunAsync(int streams, TimeSpan ramp, TimeSpan measured, CancellationToken cancellationToken = default)
    {
        using var http = TwilioHttpClient.Create(app.BaseAddress);
        var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
        var stats = new MediaCallStats();
        var added = new ConcurrentQueue<double>();
        var errors = new ConcurrentQueue<string>();
        var baseline = app.Memory.ResidentBytes;
        var idle = await IdleCpuAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var windowStart = started + (long)(ramp.TotalSeconds * Stopwatch.Frequency);
        var windowEnd = windowStart + (long)(measured.TotalSeconds * Stopwatch.Frequency);
        stats.RecordFrom = windowStart;
        stats.RecordUntil = windowEnd;
        var plan = new MediaCallPlan
        {
            Turns = int.MaxValue, Until = windowEnd, SilenceAtEnd = TimeSpan.Zero, ReplyTimeout = TimeSpan.FromSeconds(3),
            ListenFor = ReplyLength + TimeSpan.FromMilliseconds(600),
        };

        void Observe(ReadOnlyMemory<byte> audio, long at)
        {
            if (at >= windowStart && at < windowEnd && FakeRealtimeModel.TryReadStamp(audio.Span, out var sentAt))
            {
                added.Enqueue(Stopwatch.GetElapsedTime(sentAt, at).TotalMilliseconds);
            }
        }

        var calls = Enumerable.Range(0, streams).Select(i => Task.Run(async () =>
        {
            await Task.Delay(ramp * i / streams, cancellationToken);
            try
            {
                await new MediaCaller(http, account, numbers.Next(), ConciergeEnvironment.TwilioNumber, plan, stats) { Voice = i, AudioObserver = Observe }.RunAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                stats.Failure();
                errors.Enqueue(Describe(e));
            }
        }, cancellationToken)).ToArray();

        await DelayUntilAsync(windowStart, cancellationToken);
        var cpu = app.ProcessorTime;
        var driverCpu = DriverProcessorTime();
        var driverLag = TimerLagAsync(windowEnd, cancellationToken);
        await Task.Delay(measured / 2, cancellationToken);
        var resident = app.Memory.ResidentBytes;
        await DelayUntilAsync(windowEnd, cancellationToken);
        var cpuSeconds = (app.ProcessorTime - cpu).TotalSeconds;
        var driverCpuSeconds = (DriverProcessorTime() - driverCpu).TotalSeconds;
        await Task.WhenAll(calls);
        return new MediaLoadStep(
            streams,
            LatencySummary.Of("added per frame", added),
            stats.BargeIn,
            stats.ResponseHeard,
            ModelDelay.TotalMilliseconds,
            cpuSeconds / (streams * measured.TotalMinutes),
            (cpuSeconds - idle * measured.TotalSeconds) / (streams * measured.TotalMinutes),
            (double)(resident - baseline) / streams,
            cpuSeconds * 1e6 / Math.Max(1, stats.FramesSent + added.Count),
            stats,
            [.. errors.Take(3)])
        {
            DriverCpuSecondsPerStreamMinute = driverCpuSeconds / (streams * measured.TotalMinutes),
            DriverLag = await driverLag,
        };
    }

    /// <summary>
    /// The driver's own CPU (this process: the fake model and every simulated caller). It shares the machine's cores with
    /// the app, so when it is busy the app's latencies include waits for a core the driver holds.
    /// </summary>
    private static TimeSpan DriverProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>
    /// How late this process's 10 ms timers fire until <paramref name="until"/>: the driver's own scheduling lag. Frames are
    /// stamped and observed here, so this lag is in every added-latency figure though the app has no part in it.
    /// </summary>
    private static async Task<LatencySummary> TimerLagAsync(long until, CancellationToken cancellationToken)
    {
        var lags = new List<double>();
        var interval = TimeSpan.FromMilliseconds(10);
        while (Stopwatch.GetTimestamp() < until)
        {
            var before = Stopwatch.GetTimestamp();
            await Task.Delay(interval, cancellationToken);
            lags.Add(Math.Max(0, (Stopwatch.GetElapsedTime(before) - interval).TotalMilliseconds));
        }

        return LatencySummary.Of("driver timer lag", lags);
    }

    /// <summary>An error as the table shows it: its type and message, and where it was thrown (a bare cancellation says nothing else).</summary>
    private static string Describe(Exception e)
    {
        var inner = e.InnerException is { } cause ? $" (from {cause.GetType().Name}: {cause.Message})" : "";
        var site = e.StackTrace?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(line => line.Contains("Concierge.", StringComparison.Ordinal)) ?? "";
        return $"{e.GetType().Name}: {e.Message}{inner} {site}";
    }

    /// <summary>The app's CPU seconds per second with no stream open (the silo's own timers, the runtime): what a step costs on top of it.</summary>
    private async Task<double> IdleCpuAsync(CancellationToken cancellationToken)
    {
        var cpu = app.ProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        return (app.ProcessorTime - cpu).TotalSeconds / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static Task DelayUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await model.DisposeAsync();
        directory.Dispose();
    }
}

/// <summary>One step of <see cref="MediaLoad"/>: figures from the measured window, with all its streams open.</summary>
/// <param name="ResponseHeard">Caller's end of speech → first reply audio received; it includes <paramref name="ModelDelayMs"/>.</param>
/// <param name="CpuSecondsPerStreamMinute">The app process's CPU (user + kernel) over the window, per stream per minute.</param>
/// <param name="NetCpuSecondsPerStreamMinute">The same less what the app used idle, just before the step.</param>
/// <param name="BytesPerStream">The app's resident memory mid-window minus before the step, per stream.</param>
/// <param name="CpuMicrosecondsPerFrame">
/// The app's CPU over the window per audio frame relayed (caller frames sent plus reply frames heard): unlike CPU per
/// stream-minute, not lowered when a starved app relays fewer frames than the streams should carry.
/// </param>
public sealed record MediaLoadStep(
    int Streams,
    LatencySummary AddedPerFrame,
    LatencySummary BargeIn,
    LatencySummary ResponseHeard,
    double ModelDelayMs,
    double CpuSecondsPerStreamMinute,
    double NetCpuSecondsPerStreamMinute,
    double BytesPerStream,
    double CpuMicrosecondsPerFrame,
    MediaCallStats Calls,
    IReadOnlyList<string> FirstErrors)
{
    /// <summary>The driver's own CPU over the window (fake model and callers, on the same cores), per stream per minute.</summary>
    public double DriverCpuSecondsPerStreamMinute { get; init; }

    /// <summary>How late the driver's own timers fired over the window (<see cref="MediaLoad"/>'s lag probe).</summary>
    public LatencySummary DriverLag { get; init; } = LatencySummary.Of("driver timer lag", []);
}

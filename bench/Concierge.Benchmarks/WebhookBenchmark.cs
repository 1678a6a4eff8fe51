using Concierge.Simulator.Calls;
using Concierge.Simulator.Load;
using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;

namespace Concierge.Benchmarks;

/// <summary>
/// Webhook overhead end to end: the built WebFront as a process on 127.0.0.1 (offline screener), on SQLite and on
/// PostgreSQL, driven by the call simulator with 64 concurrent callers playing every scenario, and by call starts alone.
/// Reports latency per webhook kind, calls/s, the server's CPU per webhook, its peak memory, the memory each call open
/// mid-screening costs, and every rate as a fraction of the floor (<see cref="BareTwimlEndpoint"/>) measured in the same run;
/// call starts are also set beside a second floor, the same endpoint activating a grain per ring (<see cref="BareGrainEndpoint"/>).
/// </summary>
internal static class WebhookBenchmark
{
    private const int Concurrency = 64;
    private const int WarmUpCallers = 350;
    private const int MeasuredCallers = 2_800;
    private const int HeldCalls = 2_000;
    private const int FillingCallers = 8_400;
    private const int ClusterCallers = 1_400;
    private const int CallStartsWarmUp = 500;
    private const int CallStartsMeasured = 4_000;
    private const int FloorWarmUp = 5_000;
    private const int FloorMeasured = 40_000;
    private const int StartUpLaunches = 3;

    /// <summary>An unclear first answer: the concierge asks a follow-up question and the call stays in screening.</summary>
    private const string UnclearLine = "Hello? Is Alex there?";

    /// <summary>Set to 1 to measure SQLite and the floor only (no PostgreSQL, no cluster): a quicker run while tuning.</summary>
    public const string SqliteOnlyVariable = "CONCIERGE_BENCH_SQLITE_ONLY";

    public static async Task RunAsync(string? postgres)
    {
        if (Environment.GetEnvironmentVariable(SqliteOnlyVariable) == "1")
        {
            postgres = null;
        }

        Console.WriteLine(
            $"Webhooks at {Concurrency} concurrent callers (all scenarios; offline screener; loopback; the server and the simulator share the machine). " +
            $"{MeasuredCallers:N0} callers measured after {WarmUpCallers} warm-up callers; memory per active call from {HeldCalls:N0} calls held open mid-screening; " +
            $"the same {MeasuredCallers:N0} again after {FillingCallers:N0} more callers have filled the store, the app restarted half-way so that it analyses the store as a long-running one is (\"after N calls\"; its peak memory covers the whole run).");
        var runs = new List<StoreRun>();
        IReadOnlyList<double> startUps;
        using (var directory = new TempDirectory())
        {
            var sqlite = ConciergeEnvironment.Sqlite(directory.File("concierge.db"));
            runs.Add(await MeasureAsync("SQLite", sqlite));
            startUps = await StartUpTime.MeasureAsync(sqlite, StartUpLaunches); // on the database that run filled
        }

        var floor = await MeasureFloorAsync(runs[0].Greeting, BareTwimlEndpoint.Program);
        var grainFloor = await MeasureFloorAsync(runs[0].Greeting, BareGrainEndpoint.Program);

        if (postgres is null)
        {
            Console.WriteLine($"PostgreSQL: skipped (no connection string, or {SqliteOnlyVariable}=1; ./bench.sh starts a server)");
        }
        else
        {
            await using var database = await PostgresDatabase.CreateAsync(postgres);
            runs.Add(await MeasureAsync("PostgreSQL", ConciergeEnvironment.Postgres(database.ConnectionString)));
        }

        WebhookTable.Print(runs, floor, grainFloor);
        WebhookTable.PrintStartUp(startUps);
        if (postgres is not null)
        {
            await ClusterAsync(postgres);
        }
    }

    /// <summary>
    /// Calls/s through 1, 2 and 3 nodes forming one cluster on one PostgreSQL database, behind a round-robin balancer: on
    /// a machine of two cores every node shares them with the others and with the simulator, so this shows what the
    /// cluster costs, not how it scales.
    /// </summary>
    private static async Task ClusterAsync(string postgres)
    {
        Console.WriteLine();
        Console.WriteLine($"Cluster: N nodes on one PostgreSQL database (AdoNet membership), round-robin balancer, {Concurrency} concurrent callers, {ClusterCallers:N0} callers after {WarmUpCallers} warm-up.");
        Console.WriteLine();
        Console.WriteLine("| nodes | calls | errors | calls/s | webhook p50 ms | webhook p99 ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        for (var nodes = 1; nodes <= 3; nodes++)
        {
            await using var cluster = await NodeCluster.StartAsync(nodes, postgres);
            using var http = cluster.Balancer.Client();
            var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
            await new LoadRunner(http, account).RunAsync(Plan(WarmUpCallers));
            var load = await new LoadRunner(http, account).RunAsync(Plan(ClusterCallers));
            var overall = load.Timings.Overall();
            Console.WriteLine(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"| {nodes} | {load.Calls.Count:N0} | {load.Errors.Count} | {load.CallsPerSecond:N0} | {overall.P50:F1} | {overall.P99:F1} |"));
        }
    }

    private static async Task<StoreRun> MeasureAsync(string store, Dictionary<string, string> environment)
    {
        using var directory = new TempDirectory();
        environment["Concierge__AdminKey"] = AllocatedBytes.AdminKey;
        var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
        Func<FilledRun, StoreRun> complete;
        int callsBefore;
        long peakBeforeRestart;
        await using (var app = await WebFrontProcess.StartAsync(directory.Path, environment))
        {
            using var http = TwilioHttpClient.Create(app.BaseAddress);
            using var allocated = new AllocatedBytes(app.BaseAddress);

            await new LoadRunner(http, account).RunAsync(Plan(WarmUpCallers)); // JIT, connection pools, store caches
            var greeting = await GreetingAsync(http, account);
            await CallStarts.RunAsync(http, account, ConciergeEnvironment.TwilioNumber, CallStartsWarmUp, Concurrency);
            var cpu = app.ProcessorTime;
            var bytes = await allocated.ReadAsync();
            var callStarts = await CallStarts.RunAsync(http, account, ConciergeEnvironment.TwilioNumber, CallStartsMeasured, Concurrency);
            var cpuPerCallStart = (app.ProcessorTime - cpu).TotalMilliseconds / CallStartsMeasured;
            var bytesPerCallStart = (double)(await allocated.ReadAsync() - bytes) / CallStartsMeasured;

            var before = app.Memory.ResidentBytes;
            var heldFailed = await HoldCallsMidScreeningAsync(http, account);
            await Task.Delay(TimeSpan.FromSeconds(1));
            var perCall = (double)(app.Memory.ResidentBytes - before) / HeldCalls;

            cpu = app.ProcessorTime;
            bytes = await allocated.ReadAsync();
            var load = await new LoadRunner(http, account).RunAsync(Plan(MeasuredCallers));
            var cpuPerWebhook = (app.ProcessorTime - cpu).TotalMilliseconds / load.Timings.Count;
            var bytesPerWebhook = (double)(await allocated.ReadAsync() - bytes) / load.Timings.Count;
            var peak = app.Memory.PeakResidentBytes;
            var filling = await new LoadRunner(http, account).RunAsync(Plan(FillingCallers / 2));
            callsBefore = WarmUpCallers + CallStartsWarmUp + CallStartsMeasured + HeldCalls + MeasuredCallers + filling.Calls.Count;
            peakBeforeRestart = app.Memory.PeakResidentBytes;
            complete = filled => new StoreRun(
                store, load, callStarts, peak, perCall, heldFailed, cpuPerWebhook, cpuPerCallStart, bytesPerWebhook, bytesPerCallStart, greeting, filled);
        }

        return complete(await MeasureFilledAsync(directory.Path, environment, account, callsBefore, peakBeforeRestart));
    }

    /// <summary>
    /// The mixed run again once <see cref="FillingCallers"/> more callers have filled the store: a cost that grows with the
    /// data (issue 13 found two: the search index written turn by turn, and a plan that read every turn logged) shows as
    /// the gap between this and the first run. Half-way through the filling the app restarts, as after a deployment: it
    /// analyses the store at start-up (and hourly), so this run meets the query plans a long-running store has.
    /// </summary>
    private static async Task<FilledRun> MeasureFilledAsync(
        string directory, Dictionary<string, string> environment, TwilioAccount account, int callsBefore, long peakBeforeRestart)
    {
        await using var app = await WebFrontProcess.StartAsync(directory, environment);
        using var http = TwilioHttpClient.Create(app.BaseAddress);
        var filling = await new LoadRunner(http, account).RunAsync(Plan(FillingCallers - FillingCallers / 2)); // warms the restarted app up too
        var cpu = app.ProcessorTime;
        var load = await new LoadRunner(http, account).RunAsync(Plan(MeasuredCallers));
        return new FilledRun(
            callsBefore + filling.Calls.Count, load, (app.ProcessorTime - cpu).TotalMilliseconds / load.Timings.Count,
            Math.Max(peakBeforeRestart, app.Memory.PeakResidentBytes));
    }

    /// <summary>
    /// A floor on this machine (<paramref name="program"/>: <see cref="BareTwimlEndpoint"/> or <see cref="BareGrainEndpoint"/>):
    /// the same rings, driven the same way, against a bare endpoint answering <paramref name="greeting"/>.
    /// </summary>
    private static async Task<FloorRun> MeasureFloorAsync(string greeting, IReadOnlyList<string> program)
    {
        using var directory = new TempDirectory();
        await using var floor = await WebFrontProcess.StartAsync(
            directory.Path, new Dictionary<string, string> { [BareTwimlEndpoint.TwimlVariable] = greeting }, program: program);
        using var http = TwilioHttpClient.Create(floor.BaseAddress);
        var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
        await CallStarts.RunAsync(http, account, ConciergeEnvironment.TwilioNumber, FloorWarmUp, Concurrency);
        var cpu = floor.ProcessorTime;
        var run = await CallStarts.RunAsync(http, account, ConciergeEnvironment.TwilioNumber, FloorMeasured, Concurrency);
        return new FloorRun(run, (floor.ProcessorTime - cpu).TotalMilliseconds / FloorMeasured, floor.Memory.PeakResidentBytes);
    }

    /// <summary>The TwiML Concierge answers a new caller's ring with: the body the floor serves.</summary>
    private static async Task<string> GreetingAsync(HttpClient http, TwilioAccount account)
    {
        var call = new SimulatedCall(http, account, new CallerNumbers().Next(), ConciergeEnvironment.TwilioNumber);
        await call.RingAsync();
        return call.Exchanges[^1].Body;
    }

    /// <summary>
    /// Rings <see cref="HeldCalls"/> calls and answers the greeting unclearly, leaving each waiting for the caller's next
    /// words. Returns how many were not left listening (an apology for a technical problem): counted, not fatal.
    /// </summary>
    private static async Task<int> HoldCallsMidScreeningAsync(HttpClient http, TwilioAccount account)
    {
        var numbers = new CallerNumbers();
        var failed = 0;
        await Parallel.ForAsync(0, HeldCalls, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, cancellationToken) =>
        {
            var call = new SimulatedCall(http, account, numbers.Next(), ConciergeEnvironment.TwilioNumber);
            if (!(await call.RingAsync(cancellationToken)).Listens || !(await call.SayAsync(UnclearLine, cancellationToken: cancellationToken)).Listens)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return failed;
    }

    private static LoadPlan Plan(int callers) => new(callers, Concurrency, CallerScripts.All, ConciergeEnvironment.TwilioNumber, new OwnerBehaviour());
}

/// <summary>A floor's call starts, the CPU its process spent on each, and its peak memory.</summary>
internal sealed record FloorRun(CallStartRun CallStarts, double CpuMsPerRequest, long PeakResidentBytes);

/// <summary>One store's figures: the mixed run (all scenarios), the call-starts-only run, memory, CPU and bytes allocated per webhook.</summary>
internal sealed record StoreRun(
    string Store,
    LoadReport Load,
    CallStartRun CallStarts,
    long PeakResidentBytes,
    double BytesPerActiveCall,
    int HeldCallsFailed,
    double CpuMsPerWebhook,
    double CpuMsPerCallStart,
    double BytesAllocatedPerWebhook,
    double BytesAllocatedPerCallStart,
    string Greeting,
    FilledRun Filled);

/// <summary>The mixed run on a store already holding <see cref="CallsBefore"/> calls; the peak memory of the whole run.</summary>
internal sealed record FilledRun(int CallsBefore, LoadReport Load, double CpuMsPerWebhook, long PeakResidentBytes);

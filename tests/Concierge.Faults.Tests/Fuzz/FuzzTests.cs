using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;
using Concierge.Simulator.Scripts;
using Concierge.TestSupport;
using Xunit.Abstractions;

namespace Concierge.Faults.Tests.Fuzz;

/// <summary>
/// Thousands of random and malformed requests against every route of the app running as a process, then every field of
/// every route swept with hostile values: whatever comes in, no 5xx, the process stays up, memory stays bounded, and real
/// calls still work afterwards. Each test writes what it sent and the 5xx count to its output.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Fixed so a failure can be replayed; printed with the results.</summary>
    private const int Seed = 20261121;
    private const int WarmUpRequests = 1_000;
    private const int Requests = 10_000;
    private const int Concurrency = 8;

    /// <summary>
    /// How much the process may grow between the end of the warm-up (which already saw every kind of request, huge ones
    /// included) and the end of the run: generous, because the GC keeps what it likes, but far below what a leak of
    /// request bodies or activations over 10,000 requests would take.
    /// </summary>
    private const long GrowthAllowanceBytes = 256L * 1024 * 1024;

    private const string OwnerKey = "ck_fuzz_owner_key_0123456789abcdef"; // Production refuses operator keys under 32 characters
    private const string AdminKey = "fuzz-admin-key-0123456789abcdefghij";

    private readonly TempDirectory directory = new();

    [Fact]
    public async Task TenThousandMalformedRequestsGetNo5xxAndLeaveTheServerUpWithBoundedMemory()
    {
        var environment = ConciergeEnvironment.Sqlite(directory.File("concierge.db"));
        environment["Logging__LogLevel__Concierge.WebFront.Twilio.ValidateTwilioRequestFilter"] = "Error"; // thousands of refusals
        await using var app = await WebFrontProcess.StartAsync(directory.Path, environment);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
        var requests = new FuzzRequests(Seed, account);
        output.WriteLine($"Seed {Seed}");

        var warmUp = await SendAsync(http, requests, 0, WarmUpRequests);
        var afterWarmUp = app.Memory;
        var run = await SendAsync(http, requests, WarmUpRequests, WarmUpRequests + Requests);
        var afterRun = app.Memory;

        output.WriteLine($"Requests sent: {WarmUpRequests + Requests} ({WarmUpRequests} warm-up), 5xx: {warmUp.ServerErrors + run.ServerErrors}");
        output.WriteLine($"Status codes: {string.Join(", ", run.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        output.WriteLine($"Slowest:\n  {string.Join("\n  ", run.Slowest(5))}");
        output.WriteLine($"Resident memory: {afterWarmUp.ResidentMegabytes:F0} MB after the warm-up, {afterRun.ResidentMegabytes:F0} MB after {Requests} more requests (peak {afterRun.PeakResidentMegabytes:F0} MB)");
        Assert.True(warmUp.Failures.IsEmpty && run.Failures.IsEmpty, string.Join('\n', warmUp.Failures.Concat(run.Failures).Take(20)));
        Assert.False(app.HasExited, app.Output);
        Assert.True(run.Statuses.Keys.Any(status => status < 300) && run.Statuses.ContainsKey(400) && run.Statuses.ContainsKey(403), "The fuzzer should reach the handlers, the validation and the signature check.");
        Assert.True(afterRun.ResidentBytes <= afterWarmUp.ResidentBytes + GrowthAllowanceBytes, $"Grew from {afterWarmUp.ResidentMegabytes:F0} MB to {afterRun.ResidentMegabytes:F0} MB");
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var twilio = TwilioHttpClient.Create(app.BaseAddress);
        var call = new SimulatedCall(twilio, account, "+13035550188", ConciergeEnvironment.TwilioNumber);
        Assert.Equal(CallOutcomes.Transferred, await new ScriptedConversation(call, new OwnerBehaviour()).RunAsync(CallerScripts.Urgent.Calls[0]));
    }

    [Fact]
    public async Task EveryFieldOfEveryRouteTakesControlCharactersNulAndOversizeValuesWithoutA5xx()
    {
        var environment = ConciergeEnvironment.Sqlite(directory.File("concierge.db"));
        environment["Concierge__Owner__ApiKey"] = OwnerKey;
        environment["Concierge__AdminKey"] = AdminKey;
        environment["Concierge__Api__RequestsPerMinute"] = "100000"; // the sweep is one client: a 429 would hide what the handlers do
        environment["Concierge__Intake__RequestsPerMinute"] = "100000";
        environment["Logging__LogLevel__Concierge.WebFront.Twilio.ValidateTwilioRequestFilter"] = "Error";
        await using var app = await WebFrontProcess.StartAsync(directory.Path, environment);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var account = new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken);
        var started = Stopwatch.GetTimestamp();

        var sweep = await new FuzzFieldSweep(http, account, OwnerKey, AdminKey).RunAsync();

        output.WriteLine($"Field sweep: {sweep.Sent} requests in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s, 5xx: {sweep.ServerErrors}; values: {string.Join(", ", FuzzValues.Hostile.Select(h => h.Name))}");
        foreach (var line in sweep.Summary())
        {
            output.WriteLine("  " + line);
        }

        Assert.True(sweep.Failures.IsEmpty, string.Join('\n', sweep.Failures.Take(30)));
        Assert.False(app.HasExited, app.Output);
        string[] surfaces = [FuzzFieldSweep.TwilioSigned, FuzzFieldSweep.RestApi, FuzzFieldSweep.Dashboard];
        Assert.All(surfaces, surface => Assert.Contains(sweep.StatusesOf(surface).Keys, status => status is >= 200 and < 400)); // the sweep reached the handlers
        Assert.Contains(400, sweep.StatusesOf(FuzzFieldSweep.RestApi).Keys);
        Assert.All(sweep.StatusesOf(FuzzFieldSweep.TwilioUnsigned).Keys, status => Assert.Contains(status, new[] { 403, 414 })); // 414: a URL too long to read

        // Text that is said back to someone, swept with control characters where it enters: what a caller said, the
        // carrier's caller-ID name (both signed, so they reach the call), an exception's name and a company's greeting.
        (string Surface, string Request)[] spoken =
        [
            (FuzzFieldSweep.TwilioSigned, "/twilio/gather with SpeechResult"),
            (FuzzFieldSweep.TwilioSigned, "/twilio/voice with CallerName"),
            (FuzzFieldSweep.RestApi, "POST /api/exceptions with name"),
            (FuzzFieldSweep.RestApi, "PUT /api/exceptions/{phone} with name"),
            (FuzzFieldSweep.Dashboard, "POST /exceptions?handler=Add with name"),
            (FuzzFieldSweep.RestApi, "POST /api/companies with greeting"),
            (FuzzFieldSweep.RestApi, "PUT /api/companies/{id} with greeting"),
        ];
        Assert.All(
            spoken.SelectMany(place => FuzzValues.Hostile.Take(5).Select(value => (place.Surface, Request: $"{place.Request} = {value.Name}"))),
            sent => Assert.True(sweep.Swept(sent.Surface, sent.Request), $"not swept: {sent.Surface}: {sent.Request}"));
    }

    /// <summary>Sends requests [from, to) a few at a time; any 5xx, or a dropped connection on a request of normal size, is a failure.</summary>
    private static async Task<FuzzRun> SendAsync(HttpClient http, FuzzRequests requests, int from, int to)
    {
        var run = new FuzzRun();
        var next = from - 1;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < to)
            {
                var request = requests.Create(index);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request.Message);
                    run.Record(index, request, Stopwatch.GetElapsedTime(started));
                    var status = (int)response.StatusCode;
                    run.Statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
                    if (status >= 500)
                    {
                        run.Failures.Enqueue($"#{index} {request.Description} → {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
                    }
                }
                catch (HttpRequestException) when (request.MayBeCutOff)
                {
                    run.Statuses.AddOrUpdate(0, 1, (_, count) => count + 1); // the server refused mid-upload and closed the connection
                }
                catch (HttpRequestException e)
                {
                    run.Failures.Enqueue($"#{index} {request.Description} → no answer: {e.Message}");
                }
                finally
                {
                    request.Message.Dispose();
                }
            }
        }));
        return run;
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";

    public void Dispose() => directory.Dispose();

    private sealed class FuzzRun
    {
        /// <summary>How many requests got each status code (0: the connection was closed on an oversized request).</summary>
        public ConcurrentDictionary<int, int> Statuses { get; } = new();

        public ConcurrentQueue<string> Failures { get; } = new();

        public int ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value);

        private ConcurrentBag<(TimeSpan Took, string Request)> Timings { get; } = [];

        public IEnumerable<string> Slowest(int count) =>
            Timings.OrderByDescending(t => t.Took).Take(count).Select(t => $"{t.Took.TotalMilliseconds:F0} ms: {t.Request}");

        public void Record(int index, FuzzRequest request, TimeSpan took) => Timings.Add((took, $"#{index} {request.Description}"));
    }
}

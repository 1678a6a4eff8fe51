using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concierge.TestSupport;

/// <summary>
/// Twilio's REST API as far as Concierge uses it, on Kestrel at 127.0.0.1 (random port): form-encoded POSTs to
/// <c>/2010-04-01/Accounts/{AccountSid}/Calls.json</c>, <c>Calls/{CallSid}.json</c> and <c>Messages.json</c>, GET of a call, GET of
/// the calls list (filtered by <c>To</c> and <c>From</c>, newest first, over the calls created through this fake),
/// HTTP Basic auth with AccountSid:AuthToken, JSON resources with Twilio's field names, and Twilio's JSON error body
/// (<c>code</c>, <c>message</c>, <c>more_info</c>, <c>status</c>), and message media (<c>MediaUrl{N}</c>) served behind the same
/// Basic auth. Every request is recorded; failures can be queued.
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "fake-auth-token";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, int Code, string Message)> failures = new();
    private readonly ConcurrentDictionary<string, (byte[] Content, string ContentType)> media = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, object?>> created = new();
    private readonly string accountSid;
    private readonly string authToken;
    private readonly TaskCompletionSource mediaRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource mediaReleased = Released();
    private int sequence;

    private FakeTwilioApi(WebApplication app, string accountSid, string authToken)
    {
        this.app = app;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<RecordedTwilioRequest> Requests { get; } = new();

    public Uri BaseUrl => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Starts the fake for the account <paramref name="accountSid"/> with <paramref name="authToken"/>.</summary>
    public static async Task<FakeTwilioApi> StartAsync(string accountSid = AccountSid, string authToken = AuthToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeTwilioApi(builder.Build(), accountSid, authToken);
        fake.Map();
        await fake.app.StartAsync();
        return fake;
    }

    /// <summary>
    /// Serves <paramref name="content"/> as a message's media item; returns its URL as Twilio's webhook gives it (on
    /// api.twilio.com: the app re-bases it to this fake through <c>Concierge:Twilio:ApiBaseUrl</c>).
    /// </summary>
    public Uri AddMedia(byte[] content, string contentType)
    {
        var path = $"/2010-04-01/Accounts/{accountSid}/Messages/MM{Next()}/Media/ME{Next()}";
        media[path] = (content, contentType);
        return new Uri($"https://api.twilio.com{path}");
    }

    /// <summary>The messages sent through the fake (form POSTs to Messages.json).</summary>
    public IEnumerable<RecordedTwilioRequest> MessagesSent => Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/Messages.json", StringComparison.Ordinal));

    /// <summary>The calls placed through the fake (form POSTs to Calls.json), refused ones included.</summary>
    public IEnumerable<RecordedTwilioRequest> CallsPlaced => Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/Calls.json", StringComparison.Ordinal));

    /// <summary>The CallSids of the calls created to <paramref name="to"/>, oldest first.</summary>
    public IReadOnlyList<string> CallSidsTo(string to) =>
        [.. created.Values.Where(call => (string?)call["to"] == to).OrderBy(call => (long)call["created_ticks"]!).Select(call => (string)call["sid"]!)];

    /// <summary>The next request gets this error instead of its resource (after being recorded).</summary>
    public void FailNext(int status, int code, string message) => failures.Enqueue((status, code, message));

    /// <summary>Completes when a media item is first asked for.</summary>
    public Task MediaRequested => mediaRequested.Task;

    /// <summary>Media downloads wait, unanswered, until <see cref="ReleaseMedia"/>: a note caught mid-processing.</summary>
    public void HoldMedia() => mediaReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseMedia() => mediaReleased.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        ReleaseMedia();
        await app.DisposeAsync();
    }

    private void Map()
    {
        var account = app.MapGroup("/2010-04-01/Accounts/{accountSid}");
        account.MapPost("/Calls.json", (HttpRequest request) => AnswerAsync(request, StatusCodes.Status201Created, form => Created(Call($"CA{Next()}", form["To"], form["From"], "queued"))));
        account.MapGet("/Calls.json", (HttpRequest request) => AnswerAsync(request, StatusCodes.Status200OK, _ => CallList(request.Query["To"], request.Query["From"])));
        account.MapPost("/Calls/{callSid}.json", (HttpRequest request, string callSid) =>
            AnswerAsync(request, StatusCodes.Status200OK, form => Call(callSid, "+15550001111", "+15550002222", form["Status"] == "completed" ? "completed" : "in-progress")));
        account.MapGet("/Calls/{callSid}.json", (HttpRequest request, string callSid) =>
            AnswerAsync(request, StatusCodes.Status200OK, _ => Call(callSid, "+15550001111", "+15550002222", "in-progress")));
        account.MapPost("/Messages.json", (HttpRequest request) => AnswerAsync(request, StatusCodes.Status201Created, form => Message($"SM{Next()}", form)));
        account.MapGet("/Messages/{messageSid}/Media/{mediaSid}", async (HttpRequest request) =>
        {
            Requests.Enqueue(new RecordedTwilioRequest(request.Method, request.Path.Value ?? "", null, request.Headers.Authorization.ToString(), []));
            mediaRequested.TrySetResult();
            await mediaReleased.Task.WaitAsync(request.HttpContext.RequestAborted);
            return !IsAuthorized(request.Headers.Authorization.ToString()) ? Error(StatusCodes.Status401Unauthorized, 20003, "Authenticate")
                : media.TryGetValue(request.Path.Value ?? "", out var item) ? Results.Bytes(item.Content, item.ContentType)
                : Error(StatusCodes.Status404NotFound, 20404, "The requested resource was not found");
        });
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource();
        released.SetResult();
        return released;
    }

    private async Task<IResult> AnswerAsync(HttpRequest request, int status, Func<IFormCollection, Dictionary<string, object?>> resource)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        Requests.Enqueue(new RecordedTwilioRequest(
            request.Method,
            request.Path.Value ?? "",
            request.ContentType,
            request.Headers.Authorization.ToString(),
            form.SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value ?? ""))).ToList()));

        if (!IsAuthorized(request.Headers.Authorization.ToString()) || (string?)request.RouteValues["accountSid"] != accountSid)
        {
            return Error(StatusCodes.Status401Unauthorized, 20003, "Authenticate");
        }

        if (failures.TryDequeue(out var failure))
        {
            return Error(failure.Status, failure.Code, failure.Message);
        }

        return Results.Json(resource(form), statusCode: status);
    }

    private bool IsAuthorized(string authorization) =>
        AuthenticationHeaderValue.TryParse(authorization, out var header) && header.Scheme == "Basic" &&
        header.Parameter == Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{authToken}"));

    private static IResult Error(int status, int code, string message) => Results.Json(
        new Dictionary<string, object?> { ["code"] = code, ["message"] = message, ["more_info"] = $"https://www.twilio.com/docs/errors/{code}", ["status"] = status },
        statusCode: status);

    private string Next() => Interlocked.Increment(ref sequence).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private Dictionary<string, object?> Call(string sid, string? to, string? from, string status) => new()
    {
        ["sid"] = sid,
        ["account_sid"] = accountSid,
        ["to"] = to,
        ["from"] = from,
        ["status"] = status,
        ["direction"] = "outbound-api",
        ["api_version"] = "2010-04-01",
        ["date_created"] = "Sat, 28 Nov 2026 05:00:00 +0000",
        ["uri"] = $"/2010-04-01/Accounts/{accountSid}/Calls/{sid}.json",
    };

    /// <summary>Keeps a created call for the calls list, stamped with the time it was created.</summary>
    private Dictionary<string, object?> Created(Dictionary<string, object?> call)
    {
        call["date_created"] = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", System.Globalization.CultureInfo.InvariantCulture);
        call["created_ticks"] = DateTimeOffset.UtcNow.UtcTicks;
        created[(string)call["sid"]!] = call;
        return call;
    }

    private Dictionary<string, object?> CallList(string? to, string? from)
    {
        var calls = created.Values
            .Where(call => (to is null || (string?)call["to"] == to) && (from is null || (string?)call["from"] == from))
            .OrderByDescending(call => (long)call["created_ticks"]!)
            .ToList();
        var uri = $"/2010-04-01/Accounts/{accountSid}/Calls.json";
        return new()
        {
            ["calls"] = calls,
            ["page"] = 0,
            ["page_size"] = 50,
            ["start"] = 0,
            ["end"] = Math.Max(calls.Count - 1, 0),
            ["uri"] = uri,
            ["first_page_uri"] = uri,
            ["next_page_uri"] = null,
            ["previous_page_uri"] = null,
        };
    }

    private Dictionary<string, object?> Message(string sid, IFormCollection form) => new()
    {
        ["sid"] = sid,
        ["account_sid"] = accountSid,
        ["to"] = form["To"].ToString(),
        ["from"] = form["From"].ToString(),
        ["body"] = form["Body"].ToString(),
        ["status"] = "queued",
        ["num_segments"] = "1",
        ["direction"] = "outbound-api",
        ["api_version"] = "2010-04-01",
        ["date_created"] = "Sat, 28 Nov 2026 05:00:00 +0000",
        ["uri"] = $"/2010-04-01/Accounts/{accountSid}/Messages/{sid}.json",
    };
}

/// <summary>A request as the fake received it.</summary>
public sealed record RecordedTwilioRequest(string Method, string Path, string? ContentType, string Authorization, IReadOnlyList<KeyValuePair<string, string>> Form)
{
    public IEnumerable<string> Values(string field) => Form.Where(pair => pair.Key == field).Select(pair => pair.Value);

    public string? Value(string field) => Values(field).SingleOrDefault();
}

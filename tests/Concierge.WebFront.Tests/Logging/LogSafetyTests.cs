using System.Globalization;
using System.Text.Json.Nodes;
using Concierge.Grains.Interfaces.Companies;
using Concierge.TestSupport;
using Microsoft.Extensions.Logging;
using Orleans;

namespace Concierge.WebFront.Tests.Logging;

/// <summary>
/// Whole calls through signed webhooks with every log entry captured at every level (messages, exceptions, structured
/// values, scopes): no secret, full phone number or word of a conversation may appear anywhere in them.
/// </summary>
public sealed class LogSafetyTests
{
    private const string ModelApiKey = "sk-log-safety-3f9a7c1e5b";
    private const string Introduction = "Hi, this is Thaddeus Pemberton, Alex's brother. There's been a car accident near the marmalade works and I'm at the hospital, it's urgent.";
    private const string Message = "Please tell Alex the quokka keys are under the cobalt flowerpot.";
    private const string ModelReply = "Thanks Ottoline, connecting you to Alex about the periwinkle lease.";
    private const string ModelCallerWords = "Hello, Ottoline here from the periwinkle lease office, Alex asked me to call back today.";

    [Fact]
    public async Task WholeCallsLeaveNoSecretPhoneNumberOrConversationInAnyLogEntry()
    {
        await using var model = await FakeChatCompletionsServer.StartAsync();
        model.StatusCode = 429; // the model fails first: the offline screener takes over, and the failure is logged
        await using var app = new LoggedConciergeApp();
        app.Settings["Concierge:Model:Provider"] = "OpenAI";
        app.Settings["Concierge:Model:Endpoint"] = new Uri(model.BaseAddress, "v1").ToString();
        app.Settings["Concierge:Model:ApiKey"] = ModelApiKey;
        app.Settings["Concierge:Model:DeadlineMs"] = "5000";

        var screened = app.NewCall();
        await screened.RingAsync();
        var transfer = await screened.SayAsync(Introduction);
        Assert.NotNull(transfer.Dial); // a whisper, a busy owner and a message follow
        var whisper = await screened.OwnerAnswersAsync();
        Assert.Contains("Thaddeus", whisper.Spoken, StringComparison.Ordinal);
        await screened.DialEndsAsync("busy", bridged: false);
        var thanks = await screened.SayAsync(Message);
        Assert.True(thanks.HangsUp);
        using var screenedEnd = await screened.HangUpAsync(75);

        var family = app.NewCall();
        await app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).AddExceptionAsync(new ExceptionDraft(family.From, "Mum", ExceptionCategories.Family, null));
        Assert.NotNull((await family.RingAsync()).Dial);
        await family.DialEndsAsync("completed", bridged: true, duration: 30);
        using var familyEnd = await family.HangUpAsync(31);

        model.StatusCode = 200;
        model.Content = ModelDecision(ModelReply);
        var modelled = app.NewCall();
        await modelled.RingAsync();
        Assert.Contains("periwinkle", (await modelled.SayAsync(ModelCallerWords)).Spoken, StringComparison.Ordinal);

        var forbidden = new[]
        {
            ConciergeAppFactory.AuthToken, ModelApiKey, ConciergeAppFactory.OwnerPhone, screened.From, family.From, modelled.From,
            Introduction, "Thaddeus", "marmalade", Message, "quokka", ModelReply, ModelCallerWords, "Ottoline", "periwinkle",
        };
        var entries = app.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Level <= LogLevel.Debug); // capture really reaches every level
        Assert.Contains(entries, e => e.Category.Contains("OpenAiScreeningBrain", StringComparison.Ordinal) && e.Level == LogLevel.Warning);
        foreach (var text in forbidden)
        {
            var leak = entries.FirstOrDefault(e => e.AllText.Contains(text, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"'{text}' was logged by {leak?.Category}: {leak?.AllText}");
        }
    }

    [Fact]
    public async Task EachWebhookIsLoggedWithItsRouteStatusAndLatencyUnderTheCallSid()
    {
        await using var app = new LoggedConciergeApp();
        var call = app.NewCall();

        await call.RingAsync();
        await call.SayAsync("Hello, I'm calling from Summit Solar about a special offer on solar panels.");

        var requests = RequestLines(app).ToList();
        var voice = Assert.Single(requests, e => e.Values.Contains("Route=/twilio/voice"));
        Assert.Contains("Method=POST", voice.Values);
        Assert.Contains("StatusCode=200", voice.Values);
        Assert.Equal(call.CallSid, voice.ScopeValue("CallSid"));
        Assert.Equal(CompanyIds.Default, voice.ScopeValue("CompanyId"));
        var gather = Assert.Single(requests, e => e.Values.Contains("Route=/twilio/gather"));
        Assert.Equal(call.CallSid, gather.ScopeValue("CallSid"));
        Assert.Contains(gather.Values, v => v.StartsWith("Duration=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiRequestsAreLoggedByRouteTemplateWithoutTheNumberOrQuery()
    {
        await using var app = new LoggedConciergeApp();
        using var http = app.CreateClient();

        using var response = await http.GetAsync(new Uri("/api/callers/+14155550123?token=letmein", UriKind.Relative));

        var line = Assert.Single(RequestLines(app));
        Assert.Contains("Route=/api/callers/{phone}", line.Values);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"StatusCode={(int)response.StatusCode}"), line.Values);
        // ASP.NET's other request and routing diagnostics quote the raw URL; the app's defaults keep them at Warning, where
        // they are silent (LogLevelDefaultsTests), and the request line replaces them.
        Assert.DoesNotContain(
            app.Logs.Entries.Where(e => !e.Category.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) || e.Category == RequestLineCategory),
            e => e.AllText.Contains("letmein", StringComparison.Ordinal) || e.AllText.Contains("4155550123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesHealthAndMetricsGetNoRequestLine()
    {
        await using var app = new LoggedConciergeApp();
        using var http = app.CreateClient();

        (await http.GetAsync(new Uri("/health/live", UriKind.Relative))).Dispose();
        (await http.GetAsync(new Uri("/metrics", UriKind.Relative))).Dispose();

        Assert.Empty(RequestLines(app));
    }

    /// <summary>ASP.NET's HTTP logging, one line per request (see RequestLineInterceptor).</summary>
    private const string RequestLineCategory = "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware";

    private static IEnumerable<CapturedEntry> RequestLines(LoggedConciergeApp app) => app.Logs.Entries.Where(e => e.Category == RequestLineCategory);

    private static string ModelDecision(string reply) => new JsonObject
    {
        ["action"] = "transfer",
        ["reply"] = reply,
        ["category"] = "business",
        ["urgency"] = "normal",
        ["reason"] = "Returning the owner's call",
        ["caller_name"] = "Ottoline",
        ["purpose"] = "periwinkle lease",
        ["language"] = "en",
    }.ToJsonString();
}

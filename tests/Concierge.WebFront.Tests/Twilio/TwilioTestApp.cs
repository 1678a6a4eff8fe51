using System.Collections.Concurrent;
using Concierge.Silo.Twilio;
using Concierge.WebFront.Tests.Logging;
using Concierge.WebFront.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Twilio.TwiML;

namespace Concierge.WebFront.Tests.Twilio;

/// <summary>
/// A minimal app on the in-memory test server (<c>http://localhost</c>) with a <c>/twilio</c> group behind
/// <c>ValidateTwilioRequest()</c>; its endpoints record that they ran and what they read.
/// </summary>
internal sealed class TwilioTestApp : IAsyncDisposable
{
    public const string AuthToken = "test-auth-token";
    public const string LocalBaseUrl = "http://localhost";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> endpointsRun = new();
    private HttpClient? client;

    private TwilioTestApp(WebApplication builtApp, CapturedLogs logs)
    {
        app = builtApp;
        Logs = logs;
    }

    /// <summary>Created on first use: the test server only hands out clients once started.</summary>
    public HttpClient Client => client ??= app.GetTestClient();

    public CapturedLogs Logs { get; }

    /// <summary>Endpoints that ran, in order; empty when the filter refused every request.</summary>
    public IReadOnlyCollection<string> EndpointsRun => endpointsRun;

    /// <summary>The <c>Digits</c> values the form endpoint read.</summary>
    public string[] DigitsSeen { get; private set; } = [];

    /// <summary>The raw body the JSON endpoint read.</summary>
    public string? BodySeen { get; private set; }

    public static async Task<TwilioTestApp> StartAsync(string? authToken = AuthToken, string? publicBaseUrl = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Concierge:Twilio:AuthToken"] = authToken,
            ["Concierge:Twilio:PublicBaseUrl"] = publicBaseUrl,
        });
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs);
        builder.Services.AddTwilioOptions();

        var testApp = new TwilioTestApp(builder.Build(), logs);
        testApp.MapEndpoints();
        try
        {
            await testApp.app.StartAsync();
        }
        catch
        {
            await testApp.DisposeAsync();
            throw;
        }

        return testApp;
    }

    private void MapEndpoints()
    {
        var twilio = app.MapGroup("/twilio").ValidateTwilioRequest();
        twilio.MapPost("/voice", (HttpRequest request) =>
        {
            endpointsRun.Enqueue("voice");
            DigitsSeen = [.. request.Form["Digits"].OfType<string>()];
            return new TwimlResult(new VoiceResponse().Say("Signed & delivered"));
        });
        twilio.MapGet("/voice", () =>
        {
            endpointsRun.Enqueue("voice");
            return new TwimlResult(new VoiceResponse().Hangup());
        });
        twilio.MapPost("/status", async (HttpRequest request) =>
        {
            endpointsRun.Enqueue("status");
            using var reader = new StreamReader(request.Body);
            BodySeen = await reader.ReadToEndAsync();
            return Results.NoContent();
        });
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        await app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concierge.TestSupport;

/// <summary>
/// A company's CRM as far as outgoing webhooks go, on Kestrel at 127.0.0.1 (random port): it takes POSTs to any path,
/// records each one (path, headers, body, the status it answered), and answers 200 unless told to fail the next ones
/// (a status code, or a stall longer than the sender's timeout).
/// </summary>
public sealed class FakeWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> failures = new();

    private FakeWebhookReceiver(WebApplication app) => this.app = app;

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    /// <summary>The requests answered with a 2xx.</summary>
    public IEnumerable<ReceivedWebhook> Accepted => Requests.Where(r => r.AnsweredStatus is >= 200 and < 300);

    public Uri BaseUrl => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The URL of <paramref name="path"/> on this receiver.</summary>
    public Uri Url(string path = "/hooks") => new(BaseUrl, path);

    public static async Task<FakeWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new FakeWebhookReceiver(builder.Build());
        receiver.app.MapPost("/{**path}", receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>The next <paramref name="times"/> requests are answered with <paramref name="status"/> (0: no answer for a minute).</summary>
    public void FailNext(int status, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            failures.Enqueue(status);
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests were accepted, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> AcceptedAsync(int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (Accepted.Count() < count)
        {
            await Task.Delay(25, deadline.Token);
        }

        return [.. Accepted];
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var status = failures.TryDequeue(out var failure) ? failure : StatusCodes.Status200OK;
        Requests.Enqueue(new ReceivedWebhook(
            request.Path.Value ?? "", request.ContentType, request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, status));
        if (status == 0)
        {
            await Task.Delay(TimeSpan.FromMinutes(1), request.HttpContext.RequestAborted);
        }

        return Results.StatusCode(status);
    }
}

/// <summary>A webhook as the receiver got it, and the status it answered (0: it never answered).</summary>
public sealed record ReceivedWebhook(string Path, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredStatus)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}

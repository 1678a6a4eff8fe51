using System.Net;
using System.Net.Sockets;
using System.Text;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Grains.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Webhooks;

/// <summary>
/// <see cref="IWebhookSender"/> over an <see cref="IHttpClientFactory"/> client whose connections go only where
/// <see cref="WebhookAddressPolicy"/> allows (<see cref="ConnectAsync"/>), with no redirects followed (a redirect could
/// lead inward). No retries here: the delivery grain owns them, each one counted.
/// </summary>
public sealed class HttpWebhookSender(IHttpClientFactory clients, WebhookAddressPolicy policy, IOptions<WebhookOptions> options) : IWebhookSender
{
    public const string HttpClientName = "concierge-webhooks";

    public async Task<WebhookAttempt> PostAsync(WebhookPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (policy.Problem(post.Url) is { } problem)
        {
            return WebhookAttempt.Failed($"The endpoint {problem}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, post.Url) { Content = new StringContent(post.Body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in post.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new WebhookAttempt(true, status, null) : new WebhookAttempt(false, status, $"HTTP {status}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WebhookAttempt.Failed($"No answer within {options.Value.TimeoutSeconds} s.");
        }
        catch (HttpRequestException e)
        {
            return WebhookAttempt.Failed(e.InnerException is RefusedAddressException refused ? refused.Message : $"Could not connect: {e.HttpRequestError}.");
        }
    }

    /// <summary>The client's handler: no redirects, and every connection checked against the policy.</summary>
    public static SocketsHttpHandler Handler(WebhookAddressPolicy policy) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
    };

    /// <summary>Resolves the host and connects to its first address the policy allows; refuses when none is.</summary>
    private static async ValueTask<Stream> ConnectAsync(WebhookAddressPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var allowed = addresses.Where(policy.IsAllowed).ToArray();
        if (allowed.Length == 0)
        {
            throw new RefusedAddressException("The endpoint resolves only to loopback or private network addresses, which are refused.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class RefusedAddressException(string message) : Exception(message);
}

using System.Collections.Concurrent;
using System.Net.Sockets;

namespace Concierge.TestSupport;

/// <summary>
/// A load balancer in front of several nodes, as an HttpClient handler: each request goes to the next node in turn, so
/// the webhooks of one call land on different nodes. A node that refuses connections is taken out (a balancer's failed
/// health probe) and the request goes to the next one; a request already sent is never sent again, since it may have
/// been handled. Requests are signed over the public URL, so which node answers does not change their signature.
/// </summary>
public sealed class RoundRobinBalancer(IReadOnlyList<Uri> nodes) : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false, AllowAutoRedirect = false })
{
    private readonly ConcurrentDictionary<Uri, int> served = new();
    private readonly ConcurrentDictionary<Uri, bool> down = new();
    private int next = -1;

    /// <summary>How many requests each node answered.</summary>
    public IReadOnlyDictionary<Uri, int> Served => served;

    /// <summary>A client for the nodes, with Twilio's patience.</summary>
    public HttpClient Client() => new(this, disposeHandler: false) { BaseAddress = nodes[0], Timeout = TimeSpan.FromSeconds(15) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < nodes.Count; attempt++)
        {
            var node = nodes[(int)((uint)Interlocked.Increment(ref next) % nodes.Count)];
            if (down.ContainsKey(node))
            {
                continue;
            }

            request.RequestUri = new UriBuilder(request.RequestUri!) { Host = node.Host, Port = node.Port }.Uri;
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                served.AddOrUpdate(node, 1, (_, count) => count + 1);
                return response;
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                down[node] = true; // nothing was sent: safe to try the next node
            }
        }

        throw new HttpRequestException("No node accepted the connection.");
    }
}

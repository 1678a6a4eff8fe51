using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace Concierge.WebFront.Media;

/// <summary>
/// Model sockets opened while the caller's phone is still being answered: the call-start webhook that returns the
/// <c>&lt;Connect&gt;&lt;Stream&gt;</c> starts the model's handshake (TCP, TLS, WebSocket upgrade: the slow part), so it runs
/// while Twilio sets up the media stream instead of after, and the greeting reaches the caller sooner. The stream's relay
/// takes its call's socket; one nobody takes (the caller hung up, or the stream reached another front end) is closed after
/// <see cref="Silo.Realtime.RealtimeOptions.PreopenSeconds"/>, or at once when the call ends: no model session is left open.
/// </summary>
public sealed class PreopenedModelSessions(RealtimeConnector connector, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Preopened> sessions = new(StringComparer.Ordinal);

    /// <summary>Starts opening <paramref name="callSid"/>'s model socket, unless pre-opening is off or it is already under way.</summary>
    public void Open(string callSid)
    {
        var seconds = connector.Options.PreopenSeconds;
        if (seconds <= 0 || sessions.ContainsKey(callSid))
        {
            return;
        }

        var preopened = new Preopened();
        preopened.Connecting = connector.ConnectAsync(preopened.Abandon.Token);
        preopened.Expiry = time.CreateTimer(_ => Discard(callSid, preopened), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (!sessions.TryAdd(callSid, preopened))
        {
            _ = CloseAsync(preopened);
            return;
        }

        preopened.Expiry.Change(TimeSpan.FromSeconds(seconds), Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// The call's model socket: the one opened for it if there is one, else a new one. A pre-opening that failed fails the
    /// same way a new connection would (the call goes on in gather mode) rather than making the caller wait twice. Once
    /// taken the socket is the relay's: cancelling abandons a handshake still under way, and the relay closes what it got.
    /// </summary>
    public async Task<WebSocketLink> TakeAsync(string callSid, CancellationToken cancellationToken)
    {
        if (!sessions.TryRemove(callSid, out var preopened))
        {
            return await connector.ConnectAsync(cancellationToken);
        }

        using (preopened)
        using (cancellationToken.UnsafeRegister(static abandon => ((CancellationTokenSource)abandon!).Cancel(), preopened.Abandon))
        {
            return await preopened.Connecting;
        }
    }

    /// <summary>The call is over: its pre-opened socket, if nobody took it, is closed.</summary>
    public void Discard(string callSid)
    {
        if (sessions.TryGetValue(callSid, out var preopened))
        {
            Discard(callSid, preopened);
        }
    }

    public void Dispose()
    {
        foreach (var callSid in sessions.Keys)
        {
            Discard(callSid);
        }
    }

    /// <summary>Closes <paramref name="preopened"/> if it is still the one waiting for <paramref name="callSid"/>.</summary>
    private void Discard(string callSid, Preopened preopened)
    {
        if (sessions.TryRemove(KeyValuePair.Create(callSid, preopened)))
        {
            _ = CloseAsync(preopened);
        }
    }

    private static async Task CloseAsync(Preopened preopened)
    {
        using (preopened)
        {
            await preopened.Abandon.CancelAsync();
            try
            {
                using var link = await preopened.Connecting;
                await link.CloseAsync(WebSocketCloseStatus.NormalClosure, "call over");
            }
            catch (Exception)
            {
                // the handshake was abandoned or failed: nothing is open at the model
            }
        }
    }

    private sealed class Preopened : IDisposable
    {
        public CancellationTokenSource Abandon { get; } = new();

        public Task<WebSocketLink> Connecting { get; set; } = null!;

        public ITimer? Expiry { get; set; }

        public void Dispose()
        {
            Expiry?.Dispose();
            Abandon.Dispose();
        }
    }
}

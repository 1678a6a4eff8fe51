using System.Net.WebSockets;
using Concierge.Silo.Brains;
using Concierge.Silo.Realtime;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Media;

/// <summary>
/// Opens the WebSocket to the realtime model (OpenAI's, or an Azure OpenAI deployment's) with the key sent the way the
/// provider expects it. Our own lean client rather than the OpenAI library's experimental <c>RealtimeSessionClient</c>: the
/// relay passes base64 audio through without decoding or re-serialising it, which keeps each stream's memory and CPU small.
/// </summary>
public sealed class RealtimeConnector(IOptionsMonitor<RealtimeOptions> realtime, IOptionsMonitor<ModelOptions> model)
{
    public RealtimeOptions Options => realtime.CurrentValue;

    /// <summary>The open socket, or an exception (refused, timed out, cancelled: the caller hung up while it connected).</summary>
    public async Task<WebSocketLink> ConnectAsync(CancellationToken cancellationToken)
    {
        var options = realtime.CurrentValue;
        var uri = options.SessionUri() ?? throw new InvalidOperationException($"{RealtimeOptions.SectionName}:Endpoint is not a WebSocket URL.");
        var socket = new ClientWebSocket();
        var key = options.Key(model.CurrentValue) ?? "";
        if (options.IsAzure)
        {
            socket.Options.SetRequestHeader("api-key", key);
        }
        else
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + key);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeoutMs);
        try
        {
            await socket.ConnectAsync(uri, deadline.Token);
            return new WebSocketLink(socket);
        }
        catch
        {
            socket.Abort(); // nothing is left open at the model when the caller hung up first or it never answered
            socket.Dispose();
            throw;
        }
    }
}

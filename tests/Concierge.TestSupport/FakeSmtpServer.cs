using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Concierge.TestSupport;

/// <summary>
/// An SMTP server as far as sending e-mail goes, on 127.0.0.1 (random port), speaking real SMTP (RFC 5321: EHLO, MAIL,
/// RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT; no STARTTLS nor AUTH offered). It records each message it was handed
/// with the envelope and whether it accepted it, and refuses the next messages at the end of DATA when told to (a 4xx or
/// 5xx reply), as a full mailbox or a server in trouble would.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<int> refusals = new();
    private Task? accepting;

    /// <summary>Every message handed over, accepted or refused, in order.</summary>
    public ConcurrentQueue<ReceivedEmail> Received { get; } = new();

    public IEnumerable<ReceivedEmail> Accepted => Received.Where(m => m.Accepted);

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public static FakeSmtpServer Start()
    {
        var server = new FakeSmtpServer();
        server.listener.Start();
        server.accepting = server.AcceptAsync();
        return server;
    }

    /// <summary>Sets <c>Concierge:Email:Smtp</c> so the app sends through this server.</summary>
    public void Configure(IDictionary<string, string?> settings, string from = "Concierge <concierge@example.com>")
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Concierge:Email:Smtp:Host"] = "127.0.0.1";
        settings["Concierge:Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Concierge:Email:Smtp:From"] = from;
    }

    /// <summary>The next <paramref name="times"/> messages are refused with <paramref name="code"/> (e.g. 451, 554) at the end of DATA.</summary>
    public void RefuseNext(int code, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            refusals.Enqueue(code);
        }
    }

    /// <summary>The accepted messages to <paramref name="recipient"/> once there are <paramref name="count"/> (or after <paramref name="timeout"/>).</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> AcceptedToAsync(string recipient, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = Accepted.Where(m => m.Recipients.Contains(recipient, StringComparer.OrdinalIgnoreCase)).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        if (accepting is not null)
        {
            await accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 127.0.0.1 fake ESMTP ready");
            string? from = null;
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-127.0.0.1 hello");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RSET":
                        (from, recipients) = (null, []);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "MAIL":
                        (from, recipients) = (Address(line), []);
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA" when from is null || recipients.Count == 0:
                        await writer.WriteLineAsync("503 MAIL and RCPT first");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = await DataAsync(reader);
                        var refusal = refusals.TryDequeue(out var code) ? code : 0;
                        Received.Enqueue(new ReceivedEmail(from, [.. recipients], data, refusal == 0));
                        await writer.WriteLineAsync(refusal == 0 ? "250 OK queued" : $"{refusal} refused on demand");
                        (from, recipients) = (null, []);
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the client went away, or the server is stopping
        }
    }

    /// <summary>The message text up to the lone dot, with the leading dot of stuffed lines removed.</summary>
    private async Task<string> DataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    /// <summary>The address in <c>MAIL FROM:&lt;a@b&gt; …</c> or <c>RCPT TO:&lt;a@b&gt;</c>.</summary>
    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }
}

/// <summary>A message as the server got it: the envelope, the raw text, and whether it was accepted.</summary>
public sealed record ReceivedEmail(string From, IReadOnlyList<string> Recipients, string Data, bool Accepted)
{
    /// <summary>The message parsed (headers decoded, bodies readable).</summary>
    public MimeMessage Message() => MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(Data)));
}

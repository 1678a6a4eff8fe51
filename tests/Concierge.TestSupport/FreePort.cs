using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Concierge.TestSupport;

public static class FreePort
{
    private const int Lowest = 10_000;

    /// <summary>The first port of the kernel's ephemeral range: read once, not on every port asked for.</summary>
    private static readonly int EphemeralLow = ReadEphemeralLow();

    /// <summary>
    /// Where this process starts looking: a random point, so test processes running side by side rarely try the same
    /// ports; then one port after another.
    /// </summary>
    private static int next = Random.Shared.Next(0, 1 << 20);

    /// <summary>
    /// A TCP port on 127.0.0.1 that nothing listens on right now, below the kernel's ephemeral range. A port the kernel
    /// handed out for "any port" goes back into the pool it also takes outgoing connections' ports from, and with
    /// hundreds of tests connecting, one could take it before the server that asked for it binds (an Orleans silo
    /// failed to start with "Address already in use" in CI). Below that range only a listener that names the port
    /// takes it.
    /// </summary>
    public static int Next()
    {
        var span = EphemeralLow - Lowest;
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Lowest + (int)((uint)Interlocked.Increment(ref next) % (uint)span);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free TCP port between {Lowest} and {Lowest + span} on 127.0.0.1.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of the kernel's ephemeral range (Linux: ip_local_port_range), 32768 when unknown.</summary>
    private static int ReadEphemeralLow()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var low = File.Exists(range) ? File.ReadAllText(range).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() : null;
        return int.TryParse(low, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) && port > Lowest + 1_000 ? port : 32_768;
    }
}

namespace Concierge.Simulator.Load;

/// <summary>Every webhook's round-trip time, by kind; safe to record into from many calls at once.</summary>
public sealed class WebhookTimings
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<double>> byKind = new(StringComparer.Ordinal);

    public void Record(string kind, TimeSpan latency)
    {
        lock (gate)
        {
            if (!byKind.TryGetValue(kind, out var latencies))
            {
                byKind[kind] = latencies = [];
            }

            latencies.Add(latency.TotalMilliseconds);
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byKind.Values.Sum(l => l.Count);
            }
        }
    }

    /// <summary>The latencies of one kind of webhook; empty when none was sent.</summary>
    public LatencySummary For(string kind)
    {
        lock (gate)
        {
            return LatencySummary.Of(kind, byKind.TryGetValue(kind, out var latencies) ? latencies : []);
        }
    }

    /// <summary>All webhooks together.</summary>
    public LatencySummary Overall(string label = "all")
    {
        lock (gate)
        {
            return LatencySummary.Of(label, byKind.Values.SelectMany(l => l));
        }
    }

    /// <summary>The kinds seen, Twilio's call order first (voice, gather, dial-result, whisper, status), then any other.</summary>
    public IReadOnlyList<string> Kinds
    {
        get
        {
            lock (gate)
            {
                return [.. Protocol.WebhookKind.All.Where(byKind.ContainsKey), .. byKind.Keys.Except(Protocol.WebhookKind.All).Order(StringComparer.Ordinal)];
            }
        }
    }
}

using Concierge.Silo.Queries;

namespace Concierge.WebFront.Dashboard.Live;

/// <summary>
/// Where one live stream stands in the company's call changes. Each poll reads from a little before the newest change
/// already sent: another node may commit a change stamped a moment earlier (its clock, its transaction still open),
/// and reading back over that overlap catches it. What was already sent in the overlap is not sent twice.
/// </summary>
public sealed class LiveCallCursor(long startMs)
{
    /// <summary>How far each poll looks back before the newest change sent; covers commit lag and clock skew between nodes.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, long> sentVersions = new(StringComparer.Ordinal);

    /// <summary>The newest change sent (Unix ms); the stream's event id, from which a reconnecting browser resumes.</summary>
    public long PositionMs { get; private set; } = startMs;

    /// <summary>The next poll asks for changes strictly after this moment.</summary>
    public long QueryAfterMs => PositionMs - (long)Overlap.TotalMilliseconds;

    /// <summary>The rows of a poll not sent before in this version, oldest change first; moves the position past them.</summary>
    public IReadOnlyList<LiveCall> Accept(IReadOnlyList<LiveCall> rows)
    {
        var fresh = new List<LiveCall>();
        foreach (var row in rows.OrderBy(r => r.UpdatedAtMs))
        {
            if (sentVersions.TryGetValue(row.CallSid, out var sent) && sent >= row.UpdatedAtMs)
            {
                continue;
            }

            sentVersions[row.CallSid] = row.UpdatedAtMs;
            PositionMs = Math.Max(PositionMs, row.UpdatedAtMs);
            fresh.Add(row);
        }

        // Only versions inside the overlap can be read again; older ones need not be remembered.
        foreach (var (callSid, version) in sentVersions.Where(entry => entry.Value <= QueryAfterMs).ToList())
        {
            sentVersions.Remove(callSid);
        }

        return fresh;
    }
}

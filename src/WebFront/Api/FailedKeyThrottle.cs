using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Api;

/// <summary>
/// Slows down key guessing, on the REST API and the dashboard's sign-in form alike. Wrong keys are counted per client
/// address (the browser's, behind a trusted proxy) and per key prefix (a guesser spread over many addresses still shares
/// the prefix it works on). Past either limit, every key from that address or with that prefix is refused before it is
/// looked up, the right one included, so a guess that happens to be right cannot be told from a wrong one.
/// </summary>
public sealed class FailedKeyThrottle : IDisposable
{
    /// <summary>How much of a key counts as its prefix: <c>ck_</c> and five random characters, far too few to guess a key by.</summary>
    public const int PrefixLength = 8;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> failures;

    public FailedKeyThrottle(IOptions<ApiOptions> options)
    {
        var perClient = options.Value.FailedKeysPerClientPerMinute;
        var perPrefix = options.Value.FailedKeysPerPrefixPerMinute;
        failures = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(
            partition,
            name => new FixedWindowRateLimiterOptions { PermitLimit = name.StartsWith("client:", StringComparison.Ordinal) ? perClient : perPrefix, Window = Window, QueueLimit = 0 }));
    }

    /// <summary>How long <paramref name="context"/>'s client must wait before presenting <paramref name="key"/>; null when it may now.</summary>
    public TimeSpan? RetryAfter(HttpContext context, string key)
    {
        foreach (var partition in Partitions(context, key))
        {
            using var state = failures.AttemptAcquire(partition, permitCount: 0); // reads the count, takes nothing
            if (!state.IsAcquired)
            {
                return state.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
            }
        }

        return null;
    }

    /// <summary>Counts <paramref name="key"/>, just refused, against its client and its prefix.</summary>
    public void RecordFailure(HttpContext context, string key)
    {
        foreach (var partition in Partitions(context, key))
        {
            failures.AttemptAcquire(partition).Dispose();
        }
    }

    public void Dispose() => failures.Dispose();

    private static string[] Partitions(HttpContext context, string key) =>
        [$"client:{ClientAddress.Partition(context.Connection.RemoteIpAddress)}", $"prefix:{key[..Math.Min(key.Length, PrefixLength)]}"];
}

using System.Collections.Concurrent;
using System.Globalization;

namespace Concierge.Faults.Tests.Fuzz;

/// <summary>What a fuzz run sent, by surface: requests, status codes (0: the connection was closed on an oversized request), and every failure.</summary>
internal sealed class FuzzTally
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, int>> statuses = new();

    /// <summary>Every request sent, as "surface: description", whatever its answer.</summary>
    private readonly ConcurrentDictionary<string, byte> requests = new();

    public ConcurrentQueue<string> Failures { get; } = new();

    public int Sent => statuses.Values.Sum(codes => codes.Values.Sum());

    public int ServerErrors => statuses.Values.Sum(codes => codes.Where(c => c.Key >= 500).Sum(c => c.Value));

    public IReadOnlyDictionary<int, int> StatusesOf(string surface) => statuses.GetValueOrDefault(surface) ?? new();

    /// <summary>Whether the request described as <paramref name="request"/> (e.g. "/twilio/gather with SpeechResult = NUL") was sent to <paramref name="surface"/>.</summary>
    public bool Swept(string surface, string request) => requests.ContainsKey($"{surface}: {request}");

    /// <summary>Counts the answer; a 5xx is a failure, described by <paramref name="request"/>.</summary>
    public async Task RecordAsync(string surface, string request, HttpResponseMessage response) =>
        Record(surface, request, (int)response.StatusCode, (int)response.StatusCode >= 500 ? await response.Content.ReadAsStringAsync() : "");

    public void Record(string surface, string request, int status, string body)
    {
        requests.TryAdd($"{surface}: {request}", 0);
        Count(surface, status);
        if (status >= 500)
        {
            Failures.Enqueue($"{surface}: {request} → {status}: {(body.Length <= 500 ? body : body[..500] + "…")}");
        }
    }

    /// <summary>No answer: allowed only for a request too large to be read (<paramref name="mayBeCutOff"/>).</summary>
    public void RecordNoAnswer(string surface, string request, Exception error, bool mayBeCutOff)
    {
        requests.TryAdd($"{surface}: {request}", 0);
        Count(surface, 0);
        if (!mayBeCutOff)
        {
            Failures.Enqueue($"{surface}: {request} → no answer: {error.Message}");
        }
    }

    /// <summary>One line per surface: requests, 5xx, and the status codes seen.</summary>
    public IEnumerable<string> Summary() => statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        string.Create(CultureInfo.InvariantCulture,
            $"{s.Key}: {s.Value.Values.Sum()} requests, 5xx {s.Value.Where(c => c.Key >= 500).Sum(c => c.Value)} ({string.Join(", ", s.Value.OrderBy(c => c.Key).Select(c => $"{c.Key}×{c.Value}"))})"));

    private void Count(string surface, int status) =>
        statuses.GetOrAdd(surface, _ => new()).AddOrUpdate(status, 1, (_, count) => count + 1);
}

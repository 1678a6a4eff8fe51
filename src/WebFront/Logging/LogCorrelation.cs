using System.Collections;

namespace Concierge.WebFront.Logging;

/// <summary>
/// The ids that tie one request's log lines together, written as a logging scope around the whole request. They are
/// filled in as they become known (the CallSid once the Twilio form is read, the company once the call is routed or the
/// API caller identified): the scope is read when each line is written, so later lines carry what earlier ones could not.
/// Only ids belong here, never phone numbers or words.
/// </summary>
public sealed class LogCorrelation : IReadOnlyList<KeyValuePair<string, object?>>
{
    public string? CallSid { get; set; }

    public string? CompanyId { get; set; }

    public int Count => Entries().Count();

    public KeyValuePair<string, object?> this[int index] => Entries().ElementAt(index);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Entries().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(" ", Entries().Select(entry => $"{entry.Key}:{entry.Value}"));

    private IEnumerable<KeyValuePair<string, object?>> Entries()
    {
        if (CallSid is not null)
        {
            yield return new(nameof(CallSid), CallSid);
        }

        if (CompanyId is not null)
        {
            yield return new(nameof(CompanyId), CompanyId);
        }
    }
}

using System.Diagnostics;
using Concierge.Grains.Interfaces.Phones;
using OpenTelemetry;

namespace Concierge.WebFront.Telemetry;

/// <summary>
/// Masks phone numbers in every span before it is exported, as <see cref="Logging.PhoneRedactingLoggerFactory"/> does for
/// log entries: Orleans tags its spans with grain ids, and a caller's grain is keyed by number
/// (<c>caller/default/+14155550100</c>). Runs first among the processors, so exporters only see the masked span.
/// </summary>
/// <remarks>
/// Every span of every webhook ends here (several per webhook), so the tags are walked without LINQ or a copy of them:
/// only the few that change are gathered, to be set once the walk is over (a tag cannot be set while enumerating).
/// </remarks>
internal sealed class PhoneRedactingSpanProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        data.DisplayName = PhoneNumbersInText.Mask(data.DisplayName);
        List<KeyValuePair<string, string>>? masked = null;
        foreach (ref readonly var tag in data.EnumerateTagObjects())
        {
            if (tag.Value is string text && PhoneNumbersInText.Mask(text) is var maskedText && maskedText != text)
            {
                (masked ??= []).Add(new(tag.Key, maskedText));
            }
        }

        if (masked is null)
        {
            return;
        }

        foreach (var (key, text) in masked)
        {
            data.SetTag(key, text);
        }
    }
}

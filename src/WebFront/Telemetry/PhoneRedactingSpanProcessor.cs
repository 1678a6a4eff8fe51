using System.Diagnostics;
using Concierge.Grains.Interfaces.Phones;
using OpenTelemetry;

namespace Concierge.WebFront.Telemetry;

/// <summary>
/// Masks phone numbers in every span before it is exported, as <see cref="Logging.PhoneRedactingLoggerFactory"/> does for
/// log entries: Orleans tags its spans with grain ids, and a caller's grain is keyed by number
/// (<c>caller/default/+14155550100</c>). Runs first among the processors, so exporters only see the masked span.
/// </summary>
internal sealed class PhoneRedactingSpanProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        data.DisplayName = PhoneNumbersInText.Mask(data.DisplayName);
        var texts = data.TagObjects.Where(tag => tag.Value is string).Select(tag => (tag.Key, Text: (string)tag.Value!)).ToList();
        foreach (var (key, text) in texts)
        {
            var masked = PhoneNumbersInText.Mask(text);
            if (masked != text)
            {
                data.SetTag(key, masked);
            }
        }
    }
}

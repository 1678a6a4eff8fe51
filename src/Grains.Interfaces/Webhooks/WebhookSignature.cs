using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concierge.Grains.Interfaces.Webhooks;

/// <summary>
/// How a delivery is signed: header <c>Concierge-Signature: t={unix seconds},v1={hex HMAC-SHA256}</c>, the HMAC keyed with
/// the endpoint's secret (UTF-8) over <c>"{t}.{body}"</c>. A receiver recomputes it, compares in constant time, and refuses
/// an old <c>t</c> (a replay). The delivery id (<c>Concierge-Delivery</c>) is what it deduplicates on.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "Concierge-Signature";

    public const string DeliveryHeader = "Concierge-Delivery";

    public const string EventHeader = "Concierge-Event";

    /// <summary>The signature header's value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, DateTimeOffset timestamp, string body)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Hmac(secret, t, body)}";
    }

    /// <summary>The headers of a delivery: its id, its event and its signature.</summary>
    public static IReadOnlyDictionary<string, string> Headers(string secret, DateTimeOffset timestamp, WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DeliveryHeader] = delivery.DeliveryId,
            [EventHeader] = delivery.EventType,
            [SignatureHeader] = Sign(secret, timestamp, delivery.Body),
        };
    }

    /// <summary>A new signing secret: 32 random bytes, hex, prefixed so it is recognisable in a config file.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static string Hmac(string secret, string t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
}

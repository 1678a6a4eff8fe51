using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Concierge.WebFront.Tests.Webhooks;

/// <summary>
/// A receiver's check of <c>Concierge-Signature: t=…,v1=…</c>, written from the README's description and not from the
/// app's code: HMAC-SHA256 keyed with the secret over "{t}.{body}", hex.
/// </summary>
public static class WebhookSignatureCheck
{
    public static bool IsValid(string header, string secret, string body, out DateTimeOffset signedAt)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        signedAt = default;
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1) || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(t + "." + body));
        return v1.Length == expected.Length * 2 && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(v1), expected);
    }
}

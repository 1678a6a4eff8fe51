using System.Net;
using System.Net.Sockets;
using Concierge.Grains.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Webhooks;

/// <summary>
/// Where a company's webhook may point. A URL comes from a customer, and the POST leaves from inside our network, so:
/// https only in production, and no loopback, private, link-local, shared (CGNAT) or multicast address unless
/// <c>Concierge:Webhooks:AllowPrivateAddresses</c> is on. Checked when the URL is set (by name and literal address) and
/// again on every connection (the resolved address), so a name that later resolves inward is still refused.
/// </summary>
public sealed class WebhookAddressPolicy(IOptions<WebhookOptions> options, IHostEnvironment environment)
{
    public const int MaxUrlLength = 500;

    /// <summary>What is wrong with <paramref name="url"/> as an endpoint; null when it may be used.</summary>
    public string? Problem(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return "must be an absolute http or https URL.";
        }

        if (url.Scheme != Uri.UriSchemeHttps && environment.IsProduction())
        {
            return "must use https.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "must not carry a user name or password.";
        }

        if (url.OriginalString.Length > MaxUrlLength)
        {
            return $"must be at most {MaxUrlLength} characters.";
        }

        var inward = url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var literal) && !IsAllowed(literal));
        return inward && !options.Value.AllowPrivateAddresses ? "must not point to a loopback or private network address." : null;
    }

    /// <summary>Whether a connection to <paramref name="address"/> may be made.</summary>
    public bool IsAllowed(IPAddress address) => options.Value.AllowPrivateAddresses || IsPublic(address);

    /// <summary>Whether <paramref name="address"/> is on the public internet (not ours, not a neighbour's on the same network).</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (bytes[0] & 0xFE) == 0xFC); // fc00::/7 unique local
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => false,
            100 => b[1] is < 64 or > 127, // 100.64.0.0/10, shared address space
            169 => b[1] != 254, // link-local, and cloud metadata services
            172 => b[1] is < 16 or > 31,
            192 => b[1] != 168 && !(b[1] == 0 && b[2] == 0),
            198 => b[1] is not (18 or 19), // benchmarking
            >= 224 => false, // multicast and reserved
            _ => true,
        };
    }
}

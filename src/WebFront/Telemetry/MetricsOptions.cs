using System.Net;

namespace Concierge.WebFront.Telemetry;

/// <summary>
/// Who may scrape <c>/metrics</c> without the admin key (section <c>Concierge:Metrics</c>): networks in CIDR notation, e.g.
/// <c>10.0.0.0/8</c> for a Prometheus in the same virtual network. Empty (the default): the admin key only.
/// </summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Concierge:Metrics";

    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>The entries that are not a network in CIDR notation.</summary>
    public IEnumerable<string> Unparsable() => AllowedNetworks.Where(network => !IPNetwork.TryParse(network, out _));

    /// <summary>Whether <paramref name="address"/> (IPv4 reached over IPv6 counts as IPv4) is in an allowed network.</summary>
    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return AllowedNetworks.Any(network => IPNetwork.TryParse(network, out var parsed) && parsed.Contains(plain));
    }
}

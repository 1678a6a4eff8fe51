using System.Net;
using System.Net.Sockets;

namespace Concierge.WebFront.Api;

/// <summary>The client a request's budget is counted against, from its peer address.</summary>
public static class ClientAddress
{
    /// <summary>
    /// An IPv4 client is its address; an IPv6 client is its /64, because one subscriber holds a whole /64 and counting single
    /// addresses would let it rotate through them. IPv4 mapped into IPv6 counts as the IPv4 address.
    /// </summary>
    public static string Partition(IPAddress? address) => address switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } => $"{Slash64(address)}/64",
        _ => address.ToString(),
    };

    private static IPAddress Slash64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}

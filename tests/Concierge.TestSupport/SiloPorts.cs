using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace Concierge.TestSupport;

/// <summary>
/// Every app under test hosts a silo of its own, and several run at once (test classes in parallel, test projects side
/// by side): each gets a free silo port and no gateway, where a default start would take 11111 and 30000.
/// </summary>
public static class SiloPorts
{
    public static IWebHostBuilder UseFreeSiloPort(this IWebHostBuilder web) =>
        web.UseSetting("Concierge:Cluster:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture))
            .UseSetting("Concierge:Cluster:GatewayPort", "0");

    /// <summary>The same, as environment variables for an app run as a process.</summary>
    public static Dictionary<string, string> Environment() => new()
    {
        ["Concierge__Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ["Concierge__Cluster__GatewayPort"] = "0",
    };
}

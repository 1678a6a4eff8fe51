using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Orleans.Hosting.Kubernetes;

namespace Concierge.Silo.Cluster;

/// <summary>
/// What the hosting platform tells the silo through its environment variables (bound from the configuration root, where
/// the host puts them): App Service's private address and ports, and whether this is a Kubernetes pod.
/// </summary>
public sealed class HostPlatformOptions
{
    /// <summary>Set by App Service with regional VNet integration: the instance's private address and ports.</summary>
    public const string AppServicePrivateIpKey = "WEBSITE_PRIVATE_IP";

    public const string AppServicePrivatePortsKey = "WEBSITE_PRIVATE_PORTS";

    /// <summary>Set in every Kubernetes pod; with the downward API's POD_NAME the silo takes its identity from the pod.</summary>
    public const string KubernetesServiceHostKey = "KUBERNETES_SERVICE_HOST";

    [ConfigurationKeyName(AppServicePrivateIpKey)]
    public string? AppServicePrivateIp { get; set; }

    [ConfigurationKeyName(AppServicePrivatePortsKey)]
    public string? AppServicePrivatePorts { get; set; }

    [ConfigurationKeyName(KubernetesServiceHostKey)]
    public string? KubernetesServiceHost { get; set; }

    [ConfigurationKeyName(KubernetesHostingOptions.PodNameEnvironmentVariable)]
    public string? PodName { get; set; }

    /// <summary>The instance's private address and first private port, when App Service gives them.</summary>
    public (IPAddress Address, int SiloPort)? AppServiceEndpoint =>
        IPAddress.TryParse(AppServicePrivateIp, out var address) && FirstPort(AppServicePrivatePorts) is { } port ? (address, port) : null;

    /// <summary>A pod whose name the downward API passes in: the silo takes its identity from the pod.</summary>
    public bool IsKubernetesPod => !string.IsNullOrEmpty(KubernetesServiceHost) && !string.IsNullOrEmpty(PodName);

    /// <summary>What is wrong with what the platform says; empty when it can be used (or says nothing).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!string.IsNullOrEmpty(AppServicePrivateIp) && !IPAddress.TryParse(AppServicePrivateIp, out _))
        {
            problems.Add($"{AppServicePrivateIpKey} must be an IP address, not '{AppServicePrivateIp}'.");
        }

        if (!string.IsNullOrEmpty(AppServicePrivatePorts) && FirstPort(AppServicePrivatePorts) is null)
        {
            problems.Add($"{AppServicePrivatePortsKey} must start with a port number, not '{AppServicePrivatePorts}'.");
        }

        return problems;
    }

    private static int? FirstPort(string? ports) =>
        int.TryParse((ports ?? "").Split(',')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;
}

using System.Globalization;
using System.Text.RegularExpressions;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>
/// The AKS manifests' invariants (scripts/lint-deploy.sh validates them against the Kubernetes schemas as well).
/// </summary>
public sealed class AksManifestTests
{
    private static readonly string Deployment = RepositoryFile.Read("bicep/aks/deployment.yaml");

    [Fact]
    public void DeploymentRunsAtLeastTwoReplicas()
    {
        var replicas = int.Parse(Regex.Match(Deployment, @"^  replicas: (\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

        Assert.InRange(replicas, 2, 100);
    }

    [Theory]
    [InlineData("readinessProbe", "/health/ready")]
    [InlineData("livenessProbe", "/health/live")]
    public void ProbesAskTheHealthEndpoints(string probe, string path)
    {
        Assert.Matches($@"{probe}:[^\n]*\n\s+httpGet:\n\s+path: {Regex.Escape(path)}\n\s+port: http", Deployment);
    }

    [Fact]
    public void ContainerRunsAsTheImagesNonRootUserOnItsPort()
    {
        Assert.Contains("runAsNonRoot: true", Deployment, StringComparison.Ordinal);
        Assert.Contains("runAsUser: 1654", Deployment, StringComparison.Ordinal); // $APP_UID of the aspnet images
        Assert.Contains("containerPort: 8080", Deployment, StringComparison.Ordinal);
        Assert.Contains("allowPrivilegeEscalation: false", Deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvironmentVariablesAreConfigurationKeysTheAppReads()
    {
        var names = Regex.Matches(Deployment, @"- name: (Concierge__\w+)").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("Concierge__KeyVault__Uri", names);
        Assert.Contains("Concierge__Storage__Authentication", names);
        Assert.All(names, name => Assert.True(ConfigurationKeys.IsKnown(ConfigurationKeys.FromEnvironmentName(name)), $"{name} is not a key the app reads"));
    }

    [Fact]
    public void PodsUseWorkloadIdentityThroughTheServiceAccount()
    {
        Assert.Contains("azure.workload.identity/use: \"true\"", Deployment, StringComparison.Ordinal);
        Assert.Contains("serviceAccountName: concierge", Deployment, StringComparison.Ordinal);
        Assert.Contains("azure.workload.identity/client-id:", RepositoryFile.Read("bicep/aks/serviceaccount.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void IngressKeepsWebSocketsOpenForAWholeCall()
    {
        var ingress = RepositoryFile.Read("bicep/aks/ingress.yaml");

        foreach (var timeout in new[] { "proxy-read-timeout", "proxy-send-timeout" })
        {
            var seconds = Regex.Match(ingress, $@"nginx.ingress.kubernetes.io/{timeout}: ""(\d+)""").Groups[1].Value;
            Assert.True(int.TryParse(seconds, CultureInfo.InvariantCulture, out var value) && value >= 3600, $"{timeout} is '{seconds}'");
        }

        Assert.Contains("name: concierge", ingress, StringComparison.Ordinal);
    }

    [Fact]
    public void KustomizationListsEveryManifest()
    {
        var listed = Regex.Matches(RepositoryFile.Read("bicep/aks/kustomization.yaml"), @"^  - (\S+\.yaml)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order();
        var manifests = Directory.GetFiles(RepositoryFile.Path("bicep/aks"), "*.yaml").Select(Path.GetFileName).Where(name => name != "kustomization.yaml").Order();

        Assert.Equal(manifests, listed);
    }
}

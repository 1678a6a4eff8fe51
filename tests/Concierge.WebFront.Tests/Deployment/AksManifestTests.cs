using System.Globalization;
using System.Text.RegularExpressions;
using Concierge.Silo.Cluster;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>
/// What the AKS manifests must mean (scripts/lint-deploy.sh validates their shape against the Kubernetes schemas): a
/// three-silo Orleans cluster under UseKubernetesHosting, on the store's database, reachable, allowed and drained right.
/// </summary>
public sealed class AksManifestTests
{
    private static readonly string Deployment = RepositoryFile.Read("bicep/aks/deployment.yaml");

    /// <summary>The pod template: its labels and spec.</summary>
    private static readonly string PodTemplate = Deployment[Deployment.IndexOf("\n  template:\n", StringComparison.Ordinal)..];

    [Fact]
    public void DeploymentRunsThreeSilos()
    {
        Assert.Equal(3, Replicas());
    }

    [Fact]
    public void PodsCarryTheOrleansServiceAndClusterLabels()
    {
        var labels = Regex.Match(PodTemplate, @"^    metadata:\n      labels:\n(?<labels>(?:        .*\n)+)", RegexOptions.Multiline).Groups["labels"].Value;

        Assert.Matches(new Regex(@"^        orleans/serviceId: [a-z0-9][-a-z0-9]*$", RegexOptions.Multiline), labels);
        Assert.Matches(new Regex(@"^        orleans/clusterId: [a-z0-9][-a-z0-9]*$", RegexOptions.Multiline), labels);
    }

    [Theory]
    [InlineData("POD_NAME", "metadata.name")]
    [InlineData("POD_NAMESPACE", "metadata.namespace")]
    [InlineData("POD_IP", "status.podIP")]
    [InlineData("ORLEANS_SERVICE_ID", "metadata.labels['orleans/serviceId']")]
    [InlineData("ORLEANS_CLUSTER_ID", "metadata.labels['orleans/clusterId']")]
    [InlineData("Concierge__Cluster__ServiceId", "metadata.labels['orleans/serviceId']")]
    [InlineData("Concierge__Cluster__ClusterId", "metadata.labels['orleans/clusterId']")]
    public void PodsLearnTheirSiloIdentityFromTheDownwardApi(string variable, string fieldPath)
    {
        Assert.Equal(fieldPath, EnvironmentFieldPath(variable));
    }

    [Fact]
    public void SiloPortIsAContainerPortAndThePortTheAppListensOn()
    {
        var siloPort = int.Parse(Regex.Match(Deployment, @"- name: silo\n\s+containerPort: (\d+)\n").Groups[1].Value, CultureInfo.InvariantCulture);

        Assert.Equal(new SiloClusterOptions().SiloPort, siloPort);
        Assert.Equal(siloPort.ToString(CultureInfo.InvariantCulture), EnvironmentValue("Concierge__Cluster__SiloPort"));
        Assert.Equal("0", EnvironmentValue("Concierge__Cluster__GatewayPort")); // WebFront co-hosts the silo: no external client
    }

    [Fact]
    public void ClusterMembershipLivesInTheStoresPostgresDatabase()
    {
        Assert.Equal(nameof(ClusterProvider.AdoNet), EnvironmentValue("Concierge__Cluster__Provider"));
        Assert.Equal("Postgres", EnvironmentValue("Concierge__Storage__Provider"));
        Assert.DoesNotContain("Concierge__Cluster__ConnectionString", Deployment, StringComparison.Ordinal); // the store's is the default
    }

    [Fact]
    public void SiloShutsDownWithinTheTerminationGracePeriod()
    {
        var grace = int.Parse(Regex.Match(Deployment, @"terminationGracePeriodSeconds: (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var shutdown = int.Parse(EnvironmentValue("DOTNET_SHUTDOWNTIMEOUTSECONDS") ?? "5", CultureInfo.InvariantCulture);

        Assert.InRange(shutdown, 60, grace - 10); // time to hand grains over; Kubernetes kills only after the host gave up
    }

    [Fact]
    public void OrleansRoleLetsTheDeploymentsServiceAccountReadWatchAndLabelPods()
    {
        var rbac = RepositoryFile.Read("bicep/aks/rbac.yaml").Split("\n---\n");
        var role = Assert.Single(rbac, document => document.Contains("\nkind: Role\n", StringComparison.Ordinal));
        var binding = Assert.Single(rbac, document => document.Contains("\nkind: RoleBinding\n", StringComparison.Ordinal));
        var serviceAccount = Regex.Match(Deployment, @"serviceAccountName: (\S+)").Groups[1].Value;
        var roleName = Regex.Match(role, @"^metadata:\n  name: (\S+)", RegexOptions.Multiline).Groups[1].Value;

        var rule = Regex.Match(role, @"- apiGroups: \[""""\]\n\s+resources: \[""pods""\]\n\s+verbs: \[(?<verbs>[^\]]*)\]");
        Assert.True(rule.Success, "the Role has no rule on pods of the core API group");
        Assert.Superset(new HashSet<string> { "get", "list", "watch", "patch" }, Regex.Matches(rule.Groups["verbs"].Value, @"""(\w+)""").Select(m => m.Groups[1].Value).ToHashSet());
        Assert.Matches($@"subjects:\n  - kind: ServiceAccount\n    name: {Regex.Escape(serviceAccount)}\n    namespace: concierge\n", binding);
        Assert.Matches($@"roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: {Regex.Escape(roleName)}\n", binding);
        Assert.Matches($@"metadata:\n  name: {Regex.Escape(serviceAccount)}\n  namespace: concierge", RepositoryFile.Read("bicep/aks/serviceaccount.yaml"));
    }

    [Fact]
    public void NetworkPolicyLetsSilosReachEachOtherAndHttpIn()
    {
        var policy = RepositoryFile.Read("bicep/aks/networkpolicy.yaml");

        Assert.Matches(@"podSelector:\n    matchLabels:\n      app.kubernetes.io/name: concierge\n", policy);
        Assert.Matches(@"- from:\n        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: concierge\n      ports:\n        - protocol: TCP\n          port: 11111\n", policy);
        Assert.Matches(@"  ingress:\n    - ports:\n        - protocol: TCP\n          port: 8080\n", policy); // from anywhere: the ingress controller
    }

    [Fact]
    public void DisruptionBudgetDrainsOneSiloAtATime()
    {
        var budget = RepositoryFile.Read("bicep/aks/poddisruptionbudget.yaml");
        var maxUnavailable = Regex.Match(budget, @"maxUnavailable: (\d+)");
        var minAvailable = Regex.Match(budget, @"minAvailable: (\d+)");
        var disruptions = maxUnavailable.Success
            ? int.Parse(maxUnavailable.Groups[1].Value, CultureInfo.InvariantCulture)
            : Replicas() - int.Parse(minAvailable.Groups[1].Value, CultureInfo.InvariantCulture);

        Assert.Equal(1, disruptions); // a drain can proceed, and two silos keep answering calls
        Assert.Contains("app.kubernetes.io/name: concierge", budget, StringComparison.Ordinal);
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
        Assert.Contains("Concierge__Cluster__Provider", names);
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

    private static int Replicas() =>
        int.Parse(Regex.Match(Deployment, @"^  replicas: (\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The literal value of a container environment variable, or null when it has none.</summary>
    private static string? EnvironmentValue(string name)
    {
        var match = Regex.Match(Deployment, $@"- name: {Regex.Escape(name)}\n\s+value: ""?(?<value>[^""\s]*)""?");
        return match.Success ? match.Groups["value"].Value : null;
    }

    /// <summary>The downward-API field a container environment variable is taken from, or null.</summary>
    private static string? EnvironmentFieldPath(string name)
    {
        var match = Regex.Match(Deployment, $@"- name: {Regex.Escape(name)}\n\s+valueFrom:\n\s+fieldRef:\n\s+fieldPath: (?<path>\S+)\n");
        return match.Success ? match.Groups["path"].Value : null;
    }
}

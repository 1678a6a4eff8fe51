using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concierge.Silo.Cluster;
using Concierge.Silo.KeyVault;
using Concierge.Silo.Storage;
using Concierge.Silo.Twilio;
using Concierge.TestSupport;
using Concierge.WebFront.Twilio;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>
/// What bicep/main.bicep (App Service, PostgreSQL, Key Vault, virtual network) and bicep/aks/identity.bicep must mean.
/// scripts/lint-deploy.sh builds and lints them with the Bicep CLI; these tests check the intent the compiler cannot:
/// an Orleans cluster on the store's database, secrets only in Key Vault, settings the app actually reads.
/// </summary>
public sealed class BicepTests
{
    private static readonly BicepText Main = new("bicep/main.bicep");

    private static string Web => Main.Declaration("web");

    [Fact]
    public void ParametersFileSetsOnlyDeclaredParametersAndEveryRequiredOne()
    {
        var given = ParametersFile().Keys.ToList();

        Assert.All(given, name => Assert.True(Main.Parameters.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare"));
        Assert.All(Main.Parameters.Where(p => !p.Value).Select(p => p.Key), name => Assert.Contains(name, given));
    }

    [Fact]
    public void NoSecretIsAParameterValueOrAnAppSetting()
    {
        var secure = Main.SecureParameters.ToList();
        var appSettings = Regex.Match(Web, @"appSettings: \[(?<settings>.*?)\n      \]", RegexOptions.Singleline).Groups["settings"].Value;

        Assert.Superset(secure.ToHashSet(), new HashSet<string> { "postgresAdminPassword", "twilioAuthToken" });
        Assert.All(secure, name => Assert.Matches($@"\nparam {name} string = ''\n", Main.Text)); // no secret as a default
        Assert.All(secure, name => Assert.DoesNotContain(name, ParametersFile().Keys));
        Assert.NotEmpty(appSettings);
        Assert.All(secure, name => Assert.DoesNotContain(name, appSettings, StringComparison.Ordinal)); // secrets go to Key Vault
    }

    [Fact]
    public void AppServicePlanIsLinuxPremiumV3WithSeveralInstances()
    {
        var plan = Main.Declaration("plan");
        var skus = Regex.Match(Main.Text, @"@allowed\(\[(?<values>[^\]]*)\]\)\nparam appServiceSku string = '(?<default>\w+)'");

        Assert.True(skus.Success, "appServiceSku is not restricted to a list");
        Assert.All(Regex.Matches(skus.Groups["values"].Value, @"'(\w+)'").Select(m => m.Groups[1].Value), sku => Assert.Matches(@"^P\d+m?v3$", sku));
        Assert.Contains("name: appServiceSku", plan, StringComparison.Ordinal);
        Assert.Matches(@"@minValue\(2\)\nparam instanceCount int = 3\n", Main.Text);
        Assert.Equal(3, ParametersFile()["instanceCount"].GetInt32());
        Assert.Contains("capacity: instanceCount", plan, StringComparison.Ordinal);
        Assert.Contains("kind: 'linux'", plan, StringComparison.Ordinal);
        Assert.Contains("reserved: true", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void WebAppJoinsTheVirtualNetworkWithPrivatePortsForItsSilo()
    {
        var vnet = Main.Declaration("vnet");
        var privatePorts = Regex.Match(Web, @"vnetPrivatePortsCount: (\d+)");

        Assert.Contains("virtualNetworkSubnetId: appSubnet.id", Web, StringComparison.Ordinal);
        Assert.Matches(@"^resource appSubnet 'Microsoft.Network/virtualNetworks/subnets@[\w-]+' existing = \{\n  parent: vnet\n  name: appSubnetName\n", Main.Declaration("appSubnet"));
        Assert.Matches(@"name: appSubnetName\n\s+properties: \{\n\s+addressPrefix: [^\n]+\n\s+delegations: \[\n\s+\{\n\s+name: '[\w-]+'\n\s+properties: \{\n\s+serviceName: 'Microsoft.Web/serverFarms'\n", vnet);
        Assert.True(privatePorts.Success, "no vnetPrivatePortsCount on the web app");
        Assert.InRange(int.Parse(privatePorts.Groups[1].Value, CultureInfo.InvariantCulture), 2, 10); // the first is the silo's
    }

    [Fact]
    public void WebAppJoinsTheOrleansClusterOnTheStoresDatabase()
    {
        Assert.Equal($"'{nameof(ClusterProvider.AdoNet)}'", Main.AppSetting("Concierge__Cluster__Provider"));
        Assert.Equal("'Postgres'", Main.AppSetting("Concierge__Storage__Provider"));
        Assert.Null(Main.AppSetting("Concierge__Cluster__ConnectionString")); // the store's is the default: one database
        Assert.Null(Main.AppSetting("Concierge__Cluster__SiloPort")); // App Service assigns it (WEBSITE_PRIVATE_PORTS)
    }

    [Fact]
    public void WebAppRunsTheContainerWithItsIdentityHealthCheckAlwaysOnAndWebSockets()
    {
        Assert.Contains("kind: 'app,linux,container'", Web, StringComparison.Ordinal);
        Assert.Matches(@"identity: \{\n    type: 'UserAssigned'\n    userAssignedIdentities: \{\n      '\$\{identity.id\}': \{\}\n", Web);
        Assert.Equal("identity.properties.clientId", Main.AppSetting("AZURE_CLIENT_ID")); // DefaultAzureCredential picks this identity
        Assert.Contains("acrUseManagedIdentityCreds: true", Web, StringComparison.Ordinal);
        Assert.Contains("acrUserManagedIdentityID: identity.properties.clientId", Web, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/health/ready'", Web, StringComparison.Ordinal);
        Assert.Contains("alwaysOn: true", Web, StringComparison.Ordinal);
        Assert.Contains("webSocketsEnabled: true", Web, StringComparison.Ordinal);
        Assert.Equal("'8080'", Main.AppSetting("WEBSITES_PORT"));
    }

    [Fact]
    public void WebAppStartsOnceItsIdentityCanReadSecretsPullTheImageAndSignInToTheDatabase()
    {
        var dependsOn = Regex.Match(Web, @"\n  dependsOn: \[\n(?<symbols>(?:    .*\n)+)  \]").Groups["symbols"].Value;

        Assert.Contains("identityCanReadSecrets", dependsOn, StringComparison.Ordinal);
        Assert.Contains("identityCanPullImage", dependsOn, StringComparison.Ordinal);
        Assert.Contains("identityIsDatabaseAdmin", dependsOn, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettingsAreConfigurationKeysTheAppReads()
    {
        var settings = Regex.Matches(Main.Text, @"name: '(Concierge__\w+)'").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("Concierge__KeyVault__Uri", settings);
        Assert.Contains("Concierge__Twilio__PublicBaseUrl", settings);
        Assert.Contains("Concierge__Cluster__Provider", settings);
        Assert.All(settings, setting => Assert.True(ConfigurationKeys.IsKnown(ConfigurationKeys.FromEnvironmentName(setting)), $"{setting} is not a key the app reads"));
    }

    [Fact]
    public void KeyVaultUsesRolesAndTheAppsIdentityIsASecretsUser()
    {
        Assert.Contains("enableRbacAuthorization: true", Main.Declaration("keyVault"), StringComparison.Ordinal);
        Assert.Contains("var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'", Main.Text, StringComparison.Ordinal);
        Assert.Matches(@"scope: keyVault\s+properties: \{\s+roleDefinitionId: subscriptionResourceId\('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId\)\s+principalId: identity.properties.principalId", Main.Declaration("identityCanReadSecrets"));
        Assert.Contains("principalId: identity.properties.principalId", Main.Declaration("identityCanPullImage"), StringComparison.Ordinal);
    }

    [Fact]
    public void SecretsWrittenToTheVaultLandOnTheKeysTheAppReads()
    {
        var secrets = Regex.Matches(Main.Text, @"name: '(\w+(?:--\w+)+)'").Select(m => KeyVaultSecretName.ToConfigurationKey(m.Groups[1].Value)).ToList();

        Assert.Contains(TwilioOptions.AuthTokenKey, secrets);
        Assert.Contains($"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}", secrets);
        Assert.All(secrets, key => Assert.True(ConfigurationKeys.IsKnown(key), $"{key} is not a key the app reads"));
    }

    [Fact]
    public void PostgresSignInChoicesAreTheAppsStorageAuthenticationValues()
    {
        var allowed = Regex.Match(Main.Text, @"@allowed\(\[(?<values>[^\]]*)\]\)\s+param databaseAuthentication string").Groups["values"].Value;
        var admin = Main.Declaration("identityIsDatabaseAdmin");

        Assert.Equal(Enum.GetNames<StorageAuthentication>().Order(), Regex.Matches(allowed, @"'(\w+)'").Select(m => m.Groups[1].Value).Order());
        Assert.Contains("activeDirectoryAuth: 'Enabled'", Main.Declaration("postgres"), StringComparison.Ordinal);
        Assert.Contains("Username=${identity.name};SSL Mode=Require", Web, StringComparison.Ordinal);
        Assert.Contains("objectId: identity.properties.principalId", admin, StringComparison.Ordinal);
        Assert.Contains("principalName: identity.name", admin, StringComparison.Ordinal); // the database role = the connection string's Username
        Assert.Contains("principalType: 'ServicePrincipal'", admin, StringComparison.Ordinal);
    }

    [Fact]
    public void AksIdentityIsFederatedWithTheManifestsServiceAccountAndReadsSecrets()
    {
        var identity = new BicepText("bicep/aks/identity.bicep").Text;
        var serviceAccount = RepositoryFile.Read("bicep/aks/serviceaccount.yaml");

        Assert.Contains("subject: 'system:serviceaccount:${serviceAccountNamespace}:${serviceAccountName}'", identity, StringComparison.Ordinal);
        Assert.Contains("param serviceAccountNamespace string = 'concierge'", identity, StringComparison.Ordinal);
        Assert.Contains("param serviceAccountName string = 'concierge'", identity, StringComparison.Ordinal);
        Assert.Contains("name: concierge\n  namespace: concierge", serviceAccount, StringComparison.Ordinal);
        Assert.Contains("'4633458b-17de-408a-b874-0445c86b69e6'", identity, StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonElement> ParametersFile()
    {
        using var file = JsonDocument.Parse(RepositoryFile.Read("bicep/main.parameters.json"));
        return file.RootElement.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("value").Clone());
    }
}

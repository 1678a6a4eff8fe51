using System.Text.Json;
using System.Text.RegularExpressions;
using Concierge.Silo.KeyVault;
using Concierge.Silo.Storage;
using Concierge.TestSupport;
using Concierge.WebFront.Twilio;

namespace Concierge.WebFront.Tests.Deployment;

/// <summary>
/// bicep/main.bicep (App Service, PostgreSQL, Key Vault) and bicep/aks/identity.bicep, checked structurally: the Bicep
/// compiler is not obtainable here, so these tests stand in for <c>bicep build</c> and <c>bicep lint</c>.
/// </summary>
public sealed class BicepTests
{
    private static readonly BicepText Main = new("bicep/main.bicep");

    public static TheoryData<string> BicepFiles => ["bicep/main.bicep", "bicep/aks/identity.bicep"];

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void BracketsBalanceOutsideStringsAndComments(string file)
    {
        var code = new BicepText(file).Code;
        var open = new Stack<char>();
        foreach (var c in code)
        {
            if (c is '{' or '[' or '(')
            {
                open.Push(c);
            }
            else if (c is '}' or ']' or ')')
            {
                Assert.True(open.TryPop(out var opener) && opener == c switch { '}' => '{', ']' => '[', _ => '(' }, $"unbalanced '{c}' in {file}");
            }
        }

        Assert.Empty(open);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void EveryParameterAndVariableIsUsed(string file)
    {
        var bicep = new BicepText(file);

        var unused = bicep.Parameters.Keys.Concat(bicep.Variables).Where(name => bicep.Uses(name) < 2).ToList();

        Assert.True(unused.Count == 0, $"{file}: declared but never used: {string.Join(", ", unused)}");
    }

    [Fact]
    public void ParametersFileSetsOnlyDeclaredParametersAndEveryRequiredOne()
    {
        using var file = JsonDocument.Parse(RepositoryFile.Read("bicep/main.parameters.json"));
        var given = file.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();

        Assert.All(given, name => Assert.True(Main.Parameters.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare"));
        Assert.All(Main.Parameters.Where(p => !p.Value).Select(p => p.Key), name => Assert.Contains(name, given));
    }

    [Fact]
    public void AppServicePlanIsLinuxWithAtLeastTwoInstances()
    {
        Assert.Matches(@"@minValue\(2\)\s+param instanceCount int = 2", Main.Text);
        Assert.Contains("capacity: instanceCount", Main.Text, StringComparison.Ordinal);
        Assert.Contains("kind: 'linux'", Main.Text, StringComparison.Ordinal);
        Assert.Contains("reserved: true", Main.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WebAppRunsTheContainerWithItsIdentityHealthCheckAlwaysOnAndWebSockets()
    {
        Assert.Contains("kind: 'app,linux,container'", Main.Text, StringComparison.Ordinal);
        Assert.Contains("type: 'SystemAssigned'", Main.Text, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/health/ready'", Main.Text, StringComparison.Ordinal);
        Assert.Contains("alwaysOn: true", Main.Text, StringComparison.Ordinal);
        Assert.Contains("webSocketsEnabled: true", Main.Text, StringComparison.Ordinal);
        Assert.Contains("acrUseManagedIdentityCreds: true", Main.Text, StringComparison.Ordinal);
        Assert.Matches(@"name: 'WEBSITES_PORT'\s+value: '8080'", Main.Text);
    }

    [Fact]
    public void AppSettingsAreConfigurationKeysTheAppReads()
    {
        var settings = Regex.Matches(Main.Text, @"name: '(Concierge__\w+)'").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("Concierge__KeyVault__Uri", settings);
        Assert.Contains("Concierge__Twilio__PublicBaseUrl", settings);
        Assert.All(settings, setting => Assert.True(ConfigurationKeys.IsKnown(ConfigurationKeys.FromEnvironmentName(setting)), $"{setting} is not a key the app reads"));
    }

    [Fact]
    public void KeyVaultUsesRolesAndTheWebAppIsASecretsUser()
    {
        Assert.Contains("enableRbacAuthorization: true", Main.Text, StringComparison.Ordinal);
        Assert.Contains("var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'", Main.Text, StringComparison.Ordinal);
        Assert.Matches(@"scope: keyVault\s+properties: \{\s+roleDefinitionId: subscriptionResourceId\('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId\)\s+principalId: web.identity.principalId", Main.Text);
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

        Assert.Equal(Enum.GetNames<StorageAuthentication>().Order(), Regex.Matches(allowed, @"'(\w+)'").Select(m => m.Groups[1].Value).Order());
        Assert.Contains("'Microsoft.DBforPostgreSQL/flexibleServers@", Main.Text, StringComparison.Ordinal);
        Assert.Contains("activeDirectoryAuth: 'Enabled'", Main.Text, StringComparison.Ordinal);
        Assert.Contains("Username=${webAppName};SSL Mode=Require", Main.Text, StringComparison.Ordinal);
        Assert.Contains("principalName: web.name", Main.Text, StringComparison.Ordinal);
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
}

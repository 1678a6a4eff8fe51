using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;
using Microsoft.Data.SqlClient;

namespace Concierge.Silo.Storage;

/// <summary>
/// Asks Entra for the token of a SqlClient connection whose connection string says <c>Authentication=Active Directory
/// Default</c> or <c>Active Directory Managed Identity</c>. SqlClient 7 decides when a token is needed and keeps it with its
/// connection pool until it nears expiry; only the piece that talks to Entra ships apart, in a package the registry here does
/// not serve (Microsoft.Data.SqlClient.Extensions.Azure). This is that piece over Azure.Identity, and nothing more.
/// </summary>
public sealed class EntraSqlAuthenticationProvider(TokenCredential defaultCredential) : SqlAuthenticationProvider
{
    /// <summary>The connection-string sign-ins this provider serves.</summary>
    public static readonly IReadOnlyList<SqlAuthenticationMethod> Methods =
    [
        SqlAuthenticationMethod.ActiveDirectoryDefault,
        SqlAuthenticationMethod.ActiveDirectoryManagedIdentity,
        SqlAuthenticationMethod.ActiveDirectoryMSI,
    ];

    // One credential per user-assigned identity, so Azure.Identity's own token cache is kept between connections.
    private readonly ConcurrentDictionary<string, TokenCredential> managedIdentities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Makes SqlClient (ours, and Orleans' ADO.NET clustering on SQL Server) use <paramref name="defaultCredential"/> for
    /// <c>Active Directory Default</c>. SqlClient's providers are process-wide, so the latest registration serves them all.
    /// </summary>
    public static void Register(TokenCredential defaultCredential)
    {
        var provider = new EntraSqlAuthenticationProvider(defaultCredential);
        foreach (var method in Methods)
        {
            SetProvider(method, provider);
        }
    }

    public override bool IsSupported(SqlAuthenticationMethod authenticationMethod) => Methods.Contains(authenticationMethod);

    public override async Task<SqlAuthenticationToken> AcquireTokenAsync(SqlAuthenticationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // The server names the resource (https://database.windows.net/); Entra wants it as a scope. The connection's own
        // timeout bounds the wait, so a missing identity endpoint cannot hold a store call longer than connecting would.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(parameters.ConnectionTimeout, 1)));
        var token = await CredentialFor(parameters).GetTokenAsync(new TokenRequestContext([ScopeOf(parameters.Resource)]), timeout.Token);
        return new SqlAuthenticationToken(token.Token, token.ExpiresOn);
    }

    /// <summary><c>Active Directory Managed Identity</c> with a <c>User Id</c> is that user-assigned identity (its client id).</summary>
    private TokenCredential CredentialFor(SqlAuthenticationParameters parameters) =>
        parameters.AuthenticationMethod == SqlAuthenticationMethod.ActiveDirectoryDefault
            ? defaultCredential
            : managedIdentities.GetOrAdd(parameters.UserId ?? "", static clientId => new ManagedIdentityCredential(
                clientId.Length == 0 ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId)));

    internal static string ScopeOf(string resource) =>
        resource.EndsWith("/.default", StringComparison.Ordinal) ? resource : resource.TrimEnd('/') + "/.default";
}

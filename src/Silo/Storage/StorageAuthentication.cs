namespace Concierge.Silo.Storage;

/// <summary>How the app signs in to a shared store (<c>Concierge:Storage:Authentication</c>).</summary>
public enum StorageAuthentication
{
    /// <summary>Whatever the connection string carries (user and password); the default.</summary>
    Password,

    /// <summary>
    /// An Entra access token for the app's identity (managed identity on App Service, workload identity on AKS),
    /// obtained through Azure.Identity; the connection string names the user but carries no password.
    /// </summary>
    ManagedIdentity,
}

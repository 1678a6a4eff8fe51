using Azure.Core;

namespace Concierge.Silo.Storage;

/// <summary>
/// An Entra access token for one scope, fetched once and reused until it nears expiry: connections open far more
/// often than tokens expire, and asking Entra for each one would add latency and hit its throttling.
/// </summary>
public sealed class CachedAccessToken(TokenCredential credential, string scope, TimeProvider time)
{
    /// <summary>A token this close to expiry is replaced, so one handed out never expires while a connection opens.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(10);

    private readonly Lock sync = new();
    private Task<AccessToken>? fetch;

    public string Scope => scope;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<AccessToken> current;
        lock (sync)
        {
            // A failed fetch is retried by the next caller; concurrent callers share one fetch.
            if (fetch is null || fetch.IsFaulted || fetch.IsCanceled || (fetch.IsCompletedSuccessfully && NearsExpiry(fetch.Result)))
            {
                fetch = FetchAsync();
            }

            current = fetch;
        }

        return (await current.WaitAsync(cancellationToken)).Token;
    }

    private bool NearsExpiry(AccessToken token) =>
        token.ExpiresOn - time.GetUtcNow() < RefreshMargin || (token.RefreshOn is { } refreshOn && refreshOn <= time.GetUtcNow());

    // Shared by every waiter, so no one caller's cancellation may abandon it.
    private async Task<AccessToken> FetchAsync() =>
        await credential.GetTokenAsync(new TokenRequestContext([scope]), CancellationToken.None);
}

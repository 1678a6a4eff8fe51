using System.Collections.Concurrent;
using Azure.Core;

namespace Concierge.Silo.Tests.Storage;

/// <summary>Entra stand-in: hands out numbered tokens valid for <see cref="Lifetime"/>, and records the scopes asked for.</summary>
internal sealed class FakeTokenCredential : TokenCredential
{
    private int issued;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>When set, every token is this text (e.g. a real database password).</summary>
    public string? FixedToken { get; set; }

    /// <summary>When set, the next request fails with it, once.</summary>
    public Exception? NextFailure { get; set; }

    public ConcurrentQueue<string> ScopesRequested { get; } = new();

    public int Issued => issued;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        ScopesRequested.Enqueue(string.Join(" ", requestContext.Scopes));
        if (NextFailure is { } failure)
        {
            NextFailure = null;
            throw failure;
        }

        var number = Interlocked.Increment(ref issued);
        return ValueTask.FromResult(new AccessToken(FixedToken ?? $"token-{number}", DateTimeOffset.UtcNow + Lifetime));
    }
}

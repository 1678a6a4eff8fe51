using System.Globalization;
using System.Net;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Api;

/// <summary>
/// Guessing keys is throttled: wrong keys are counted per client address and per key prefix, and past the limit every
/// request carrying a key gets 429 with Retry-After, before any key is looked up (the right one included).
/// </summary>
public sealed class FailedKeyThrottleTests : IAsyncLifetime
{
    private readonly ConciergeAppFactory app = new();

    public Task InitializeAsync()
    {
        app.Settings["Concierge:Api:FailedKeysPerClientPerMinute"] = "3";
        app.Settings["Concierge:Api:FailedKeysPerPrefixPerMinute"] = "3";
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WrongKeysFromOneAddressGet429WithRetryAfterOnceOverTheLimitWhileOtherAddressesCarryOn()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await app.Api(RandomKey()).From("203.0.113.10").GetAsync("/api/exceptions");
            statuses.Add(wrong.StatusCode);
        }

        using var overTheLimit = await app.Api(RandomKey()).From("203.0.113.10").GetAsync("/api/exceptions");
        using var rightKeyFromThere = await app.Api().From("203.0.113.10").GetAsync("/api/exceptions");
        using var adminKeyFromThere = await app.Api(ConciergeAppFactory.AdminKey).From("203.0.113.10").GetAsync("/api/companies");
        using var elsewhere = await app.Api().From("198.51.100.20").GetAsync("/api/exceptions");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        await AssertThrottledAsync(overTheLimit);
        await AssertThrottledAsync(rightKeyFromThere);
        await AssertThrottledAsync(adminKeyFromThere);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task WrongKeysSharingAPrefixAreThrottledFromEveryAddress()
    {
        var prefix = RandomKey()[..8];
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await app.Api(prefix + RandomKey()).From($"198.51.100.{30 + i}").GetAsync("/api/exceptions");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var samePrefix = await app.Api(prefix + RandomKey()).From("198.51.100.40").GetAsync("/api/exceptions");
        using var otherPrefix = await app.Api(RandomKey()).From("198.51.100.41").GetAsync("/api/exceptions");

        await AssertThrottledAsync(samePrefix);
        Assert.Equal(HttpStatusCode.Unauthorized, otherPrefix.StatusCode);
    }

    [Fact]
    public async Task BehindATrustedProxyEachForwardedClientIsCountedOnItsOwn()
    {
        for (var i = 0; i < 3; i++)
        {
            (await ViaProxy(RandomKey(), "192.0.2.50").GetAsync("/api/exceptions")).Dispose();
        }

        using var sameClient = await ViaProxy(RandomKey(), "192.0.2.50").GetAsync("/api/exceptions");
        using var anotherClient = await ViaProxy(ConciergeAppFactory.OwnerApiKey, "192.0.2.51").GetAsync("/api/exceptions");

        await AssertThrottledAsync(sameClient);
        Assert.Equal(HttpStatusCode.OK, anotherClient.StatusCode);
    }

    [Fact]
    public async Task RequestsWithTheRightKeyAreNeverCounted()
    {
        for (var i = 0; i < 10; i++)
        {
            using var response = await app.Api().From("203.0.113.77").GetAsync("/api/exceptions");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    private HttpClient ViaProxy(string key, string client)
    {
        var http = app.Api(key).From("10.0.0.4");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return http;
    }

    private static string RandomKey() => $"ck_{Guid.NewGuid():N}";

    private static async Task AssertThrottledAsync(HttpResponseMessage response)
    {
        await response.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
    }
}

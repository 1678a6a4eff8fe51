using System.Diagnostics;
using Concierge.Grains.Screening;
using Concierge.Silo.Brains;
using Concierge.Silo.Hosting;
using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Polly.Timeout;
using static Concierge.Silo.Tests.Brains.ScreeningScenarios;

namespace Concierge.Silo.Tests.Brains;

/// <summary>
/// The model brain's HttpClient, as the app registers it (IHttpClientFactory with a resilience handler): held to the
/// screener's deadline as a whole, and never retried, so a caller hears the offline screener in time.
/// </summary>
public sealed class ModelHttpClientTests : IAsyncLifetime
{
    private const int DeadlineMs = 1500;

    /// <summary>Far above the deadline plus any honest local overhead, far below the fake server's delay.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(6);

    private FakeChatCompletionsServer server = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        services = Brains(DeadlineMs);
    }

    private ServiceProvider Brains(int deadlineMs) => new ServiceCollection()
        .AddLogging()
        .AddScreeningBrains(new ModelOptions { Provider = ModelProvider.OpenAI, Endpoint = server.BaseAddress.ToString(), ApiKey = "sk-test-0123456789abcdef", DeadlineMs = deadlineMs })
        .BuildServiceProvider();

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task TheClientGivesUpOnASlowModelAtTheDeadlineWithoutRetrying()
    {
        server.Delay = TimeSpan.FromSeconds(30);
        using var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(BrainServiceCollectionExtensions.ModelHttpClient);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => http.PostAsync(new Uri(server.BaseAddress, "chat/completions"), new StringContent("{}")));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(DeadlineMs - 50), Bound);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AFailingModelIsAskedOnceAndTheOfflineScreenerAnswers()
    {
        server.StatusCode = 503;
        // A deadline no cold start reaches on a loaded machine: this test is about the failure, not the clock.
        await using var patient = Brains(deadlineMs: 30_000);
        var screener = patient.GetRequiredService<Screener>();

        var outcome = await screener.ScreenAsync(Context());

        Assert.Equal("ModelAnswerException", outcome.FallbackReason);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ASlowModelLeavesTheTurnToTheOfflineScreenerWithinTheDeadline()
    {
        server.Delay = TimeSpan.FromSeconds(30);
        var screener = services.GetRequiredService<Screener>();
        var clock = Stopwatch.StartNew();

        var outcome = await screener.ScreenAsync(Context());

        Assert.Equal("deadline", outcome.FallbackReason);
        Assert.True(clock.Elapsed < Bound, $"screening took {clock.Elapsed}");
    }
}

using Concierge.Grains.Screening;
using Concierge.Silo.Brains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Tests.Brains;

public sealed class ScreeningModelWarmUpTests
{
    /// <summary>Building the offline screener reads its classifier (tens of milliseconds or more): the first caller after a restart waited for it.</summary>
    [Fact]
    public async Task TheAppStartsWithoutWaitingForTheScreenerWhichIsThenBuiltInTheBackground()
    {
        using var release = new ManualResetEventSlim();
        using var built = new ManualResetEventSlim();
        var services = new ServiceCollection();
        services.AddSingleton(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(30));
            built.Set();
            return new OfflineScreener();
        });
        services.AddHostedService<ScreeningModelWarmUp>();
        await using var provider = services.BuildServiceProvider();
        try
        {
            await Task.Run(async () =>
            {
                foreach (var hosted in provider.GetServices<IHostedService>())
                {
                    await hosted.StartAsync(CancellationToken.None);
                }
            }).WaitAsync(TimeSpan.FromSeconds(10));

            Assert.False(built.IsSet);
        }
        finally
        {
            release.Set();
        }

        Assert.True(built.Wait(TimeSpan.FromSeconds(10)), "the screener was never built");
    }
}

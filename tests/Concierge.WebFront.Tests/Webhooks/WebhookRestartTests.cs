using Concierge.Grains.Interfaces.Webhooks;
using Concierge.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.WebFront.Tests.Webhooks;

/// <summary>Two lives of one app on one store: the first stops with a delivery enqueued but not yet sent, the second sends it.</summary>
public sealed class WebhookRestartTests
{
    [Fact]
    public async Task DeliveryEnqueuedBeforeAStopIsDeliveredOnceAfterTheRestart()
    {
        await using var receiver = await FakeWebhookReceiver.StartAsync();
        await using var app = new ConciergeAppFactory();
        WebhookApp.Configure(app.Settings);
        var path = $"/hooks/{Guid.NewGuid():N}";
        string companyId;
        StalledSender? stalled = null;
        await using (var first = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IWebhookSender>(
            sp => stalled = new StalledSender(sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping)))))
        {
            (var company, _) = await WebhookApp.CompanyWithEndpointAsync(first, receiver.Url(path));
            companyId = company.Id;
            var enqueued = await WebhookApp.EnqueueAsync(first.Services.GetRequiredService<Orleans.IGrainFactory>(), companyId, "d-restart");
            Assert.Equal(WebhookDeliveryStatuses.Pending, enqueued.Status);
            await stalled!.Reached.WaitAsync(TimeSpan.FromSeconds(10)); // the attempt began and is stuck on the network
        }

        Assert.Empty(receiver.Requests);
        await using var second = app.WithWebHostBuilder(_ => { });
        var delivery = await WebhookApp.SettledAsync(second.Services.GetRequiredService<Orleans.IGrainFactory>(), companyId, "d-restart");
        await Task.Delay(TimeSpan.FromSeconds(2)); // more sweeps: nothing is sent again

        Assert.Equal(WebhookDeliveryStatuses.Delivered, delivery.Status);
        Assert.Equal("d-restart", Assert.Single(receiver.Requests, r => r.Path == path).Header(WebhookSignature.DeliveryHeader));
    }

    /// <summary>A sender whose POSTs never finish while the app runs: the app is stopped mid-attempt.</summary>
    private sealed class StalledSender(CancellationToken stopping) : IWebhookSender
    {
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => reached.Task;

        public async Task<WebhookAttempt> PostAsync(WebhookPost post, CancellationToken cancellationToken)
        {
            reached.TrySetResult();
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping, cancellationToken);
            await Task.Delay(Timeout.Infinite, either.Token);
            return WebhookAttempt.Failed("unreachable");
        }
    }
}

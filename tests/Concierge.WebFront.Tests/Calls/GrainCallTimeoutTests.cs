using Concierge.Silo.Storage;
using Concierge.WebFront.Twilio;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Calls;

public sealed class GrainCallTimeoutTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    /// <summary>Twilio gives up on a webhook after 15 s; a stuck grain call must fail first, so the caller hears the fallback.</summary>
    [Fact]
    public void AGrainCallGivesUpBeforeTwilioDoes()
    {
        var timeout = app.Services.GetRequiredService<IOptions<SiloMessagingOptions>>().Value.ResponseTimeout;

        Assert.InRange(timeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(14));
    }

    /// <summary>
    /// A webhook cancels its grain turn, then waits for the grain to say whether it committed; the wait a turn cannot cut
    /// short (SQLite's busy wait) fits between the cancellation and the moment the webhook must answer.
    /// </summary>
    [Fact]
    public void AWebhookCancelsItsTurnEarlyEnoughToLearnWhetherItCommitted()
    {
        var messaging = app.Services.GetRequiredService<IOptions<SiloMessagingOptions>>().Value;

        Assert.True(messaging.WaitForCancellationAcknowledgement);
        Assert.True(messaging.CancelRequestOnTimeout);
        Assert.True(TwilioWebhook.TurnDeadline + SqlDialect.LockWait < TwilioWebhook.Budget);
        Assert.True(TwilioWebhook.Budget <= messaging.ResponseTimeout);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

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
}

using Concierge.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace Concierge.WebFront.Tests.TestHost;

/// <summary>
/// A silo's fatal error in a test app stops that app only: Orleans' default (Environment.FailFast) would end the whole
/// test process and every test still to run in it.
/// </summary>
public sealed class FatalSiloErrorTests
{
    [Fact]
    public async Task AFatalSiloErrorStopsTheTestAppInsteadOfTheTestProcess()
    {
        await using var app = new ConciergeAppFactory();
        using var client = app.CreateClient();
        var handler = app.Services.GetRequiredService<IFatalErrorHandler>();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        Assert.IsType<StopAppOnFatalError>(handler); // before calling it: Orleans' own would end this process

        handler.OnFatalException(this, "I have been told I am dead (a test)");

        Assert.True(stopping.IsCancellationRequested);
    }
}

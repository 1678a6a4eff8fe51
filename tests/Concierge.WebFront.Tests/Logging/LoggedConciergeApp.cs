using Microsoft.AspNetCore.Hosting;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Logging;

/// <summary>The whole app in memory, as <see cref="ConciergeAppFactory"/>, with every log entry at every level captured.</summary>
public sealed class LoggedConciergeApp : ConciergeAppFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(Logs.AddTo);
    }
}

using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Brains;

/// <summary>
/// Loads the offline screener's classifier and runs one decision while the app starts, off the start-up path: reading
/// the embedded model and compiling the code takes a few hundred milliseconds, which the first caller should not wait.
/// The screener is resolved on the background task, not injected: building it is what reads the model, and the host
/// builds its hosted services on the start-up path.
/// </summary>
internal sealed class ScreeningModelWarmUp(IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var screener = services.GetRequiredService<OfflineScreener>();
        var greeting = new ConversationTurn(Speaker.Concierge, "Hi, who's calling?");
        var caller = new ConversationTurn(Speaker.Caller, "Hi, it's Sam, about dinner tonight.");
        screener.Decide(new ScreeningContext("Owner", "", ["en-US"], [greeting, caller], CallerHistory.None, 1, 3));
    }, stoppingToken);
}

using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Brains;
using Concierge.Silo.Storage;
using Concierge.Silo.Twilio;
using Concierge.WebFront.Twilio;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.WebFront.StartUp;

/// <summary>
/// Prints the <see cref="StartBanner"/> in Development once the app is really listening (after ApplicationStarted, so
/// the address is the bound one). It goes to the console rather than the log: it carries the local Twilio token, and
/// logs never carry secrets. An in-memory test host listens nowhere and gets no banner.
/// </summary>
internal sealed partial class StartBannerService(
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    IServer server,
    IGrainFactory grains,
    IOptions<StorageOptions> storage,
    IOptions<ModelOptions> model,
    IOptions<TwilioOptions> twilio,
    LocalTwilioToken localToken,
    ILogger<StartBannerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!environment.IsDevelopment() || !await StartedAsync(stoppingToken) || Dashboard() is not { } dashboard)
        {
            return;
        }

        var facts = new StartFacts(
            dashboard,
            storage.Value.Location(),
            Screener(model.Value),
            await OwnerHasPhoneAsync(),
            twilio.Value.AuthToken is { } token && token == localToken.InUse ? token : null,
            localToken.FileLocation,
            twilio.Value.PublicBaseUrl);
        await Console.Out.WriteAsync(StartBanner.Compose(facts));
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The first bound address (http preferred), with a wildcard host named as this machine's.</summary>
    private Uri? Dashboard()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(BindingAddress.Parse).Where(a => !a.IsUnixPipe).ToList() ?? [];
        var bound = addresses.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttp) ?? addresses.FirstOrDefault();
        if (bound is null)
        {
            return null;
        }

        var host = bound.Host is "+" or "*" or "0.0.0.0" or "[::]" or "::" ? "localhost" : bound.Host;
        return new UriBuilder(bound.Scheme, host, bound.Port, bound.PathBase).Uri;
    }

    private static string Screener(ModelOptions model) => model.Provider == ModelProvider.Offline
        ? "offline rules (no model configured)"
        : $"{model.Provider} model {model.Name}, with the offline rules when it is late or fails";

    private async Task<bool?> OwnerHasPhoneAsync()
    {
        try
        {
            var settings = await grains.GetGrain<ICompanyGrain>(CompanyIds.Default).GetSettingsAsync();
            return settings?.OwnerPhone is not null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            OwnerUnknown(e);
            return null;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The start banner could not read the default company's settings")]
    private partial void OwnerUnknown(Exception exception);
}

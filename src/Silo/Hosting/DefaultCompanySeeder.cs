using Concierge.Grains.Interfaces.Companies;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Hosting;

/// <summary>
/// Applies <c>Concierge:Owner</c> to the default company at start-up. If the store is down it keeps
/// retrying in the background; until then calls are screened and messages taken, never dropped.
/// </summary>
internal sealed class DefaultCompanySeeder(IGrainFactory grains, IOptions<OwnerOptions> owner, TimeProvider time, ILogger<DefaultCompanySeeder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var company = grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        for (var delay = TimeSpan.FromSeconds(1); !stoppingToken.IsCancellationRequested; delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30)))
        {
            try
            {
                var current = await company.GetSettingsAsync();
                var wanted = owner.Value.ToSettings(current);
                if (!SameSettings(current, wanted))
                {
                    await company.ConfigureAsync(wanted);
                    logger.LogInformation("Default company configured from {Section}", OwnerOptions.SectionName);
                }

                return;
            }
            catch (Exception e) when (e is not OperationCanceledException and not FormatException)
            {
                logger.LogWarning(e, "Could not configure the default company yet; retrying in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    // Records compare lists by reference; compare their contents so an unchanged configuration writes nothing.
    private static bool SameSettings(CompanySettings? current, CompanySettings wanted) =>
        current is not null
        && current with { TwilioNumbers = wanted.TwilioNumbers, Languages = wanted.Languages } == wanted
        && current.Languages.SequenceEqual(wanted.Languages);
}

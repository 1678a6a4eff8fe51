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
    /// <summary>The key id under which <c>Concierge:Owner:ApiKey</c> is registered; changing the setting replaces it.</summary>
    public const string ConfiguredKeyId = "configured";

    /// <summary>The first attempt is part of start-up, so the owner's key works from the first request.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TrySeedAsync())
        {
            await base.StartAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var delay = TimeSpan.FromSeconds(1); !await TrySeedAsync(); delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30)))
        {
            logger.LogWarning("Could not configure the default company yet; retrying in {Delay}", delay);
            await Task.Delay(delay, time, stoppingToken);
        }
    }

    private async Task<bool> TrySeedAsync()
    {
        var company = grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        try
        {
            var current = await company.GetSettingsAsync();
            var wanted = owner.Value.ToSettings(current);
            if (!SameSettings(current, wanted))
            {
                await company.ConfigureAsync(wanted);
                logger.LogInformation("Default company configured from {Section}", OwnerOptions.SectionName);
            }

            await EnsureApiKeyAsync(company);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not configure the default company");
            return false;
        }
    }

    private async Task EnsureApiKeyAsync(ICompanyGrain company)
    {
        if (owner.Value.ApiKey is { Length: > 0 } configured)
        {
            await company.RegisterApiKeyAsync(ConfiguredKeyId, configured, $"{OwnerOptions.SectionName}:ApiKey");
            return;
        }

        if (await company.IssueFirstApiKeyAsync("generated at first start") is { } issued)
        {
            // Deliberately on the console, not the log: it is shown this one time, and logs never carry secrets.
            Console.WriteLine($"""

                ==== Concierge API key for the dashboard and REST API (shown once, stored only as a hash) ====
                {issued.Key}
                Set {OwnerOptions.SectionName}:ApiKey to choose your own instead.
                ===============================================================================================

                """);
        }
    }

    // Records compare lists by reference; compare their contents so an unchanged configuration writes nothing.
    private static bool SameSettings(CompanySettings? current, CompanySettings wanted) =>
        current is not null
        && current with { TwilioNumbers = wanted.TwilioNumbers, Languages = wanted.Languages } == wanted
        && current.Languages.SequenceEqual(wanted.Languages);
}

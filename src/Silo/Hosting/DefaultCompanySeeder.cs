using Concierge.Grains.Interfaces.Companies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;

namespace Concierge.Silo.Hosting;

/// <summary>
/// Seeds the default company from <c>Concierge:Owner</c> when it has no settings yet, and registers the configured API
/// key. Once the company has settings they are the owner's (Settings page, <c>/api/settings</c>): a start with other
/// or no owner configuration leaves them alone and says which keys it ignored.
/// Nothing is written before the host has started (<see cref="IHostedLifecycleService.StartedAsync"/>: the silo runs and
/// the server listens), so a start that fails, e.g. on a port in use, writes nothing. If the store is down it keeps
/// retrying in the background; until then calls are screened and messages taken, never dropped.
/// </summary>
internal sealed partial class DefaultCompanySeeder(
    IGrainFactory grains,
    IOptions<OwnerOptions> owner,
    IOptions<Realtime.VoiceOptions> voice,
    IConfiguration configuration,
    DefaultCompanyHealthCheck readiness,
    TimeProvider time,
    ILogger<DefaultCompanySeeder> logger)
    : BackgroundService, IHostedLifecycleService
{
    /// <summary>The key id under which <c>Concierge:Owner:ApiKey</c> is registered; changing the setting replaces it.</summary>
    public const string ConfiguredKeyId = "configured";

    // The background loop starts only if the first attempt, once the host has started, fails.
    public override Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The first attempt is the last step of the start: the host reports itself started only after it. (The server
    /// already listens: on the very first start a request in these milliseconds may find no key or settings yet, so
    /// /health/ready says ready only after it, <see cref="DefaultCompanyHealthCheck"/>.)
    /// </summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!await TrySeedAsync())
        {
            await base.StartAsync(cancellationToken);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var delay = TimeSpan.FromSeconds(1); !await TrySeedAsync(); delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30)))
        {
            LogRetrying(delay);
            await Task.Delay(delay, time, stoppingToken);
        }
    }

    private async Task<bool> TrySeedAsync()
    {
        var company = grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        try
        {
            await SeedSettingsAsync(company);
            await EnsureApiKeyAsync(company);
            readiness.Configured();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e);
            return false;
        }
    }

    private async Task SeedSettingsAsync(ICompanyGrain company)
    {
        var stored = await company.GetSettingsAsync();
        if (stored is null && await company.CreateAsync(owner.Value.ToSettings() with { VoiceMode = voice.Value.Mode }))
        {
            LogSeeded(OwnerOptions.SectionName);
            return;
        }

        // CreateAsync checks again inside the grain's turn: another node starting at the same time may have seeded it.
        stored ??= await company.GetSettingsAsync();
        var configured = configuration.GetSection(OwnerOptions.SectionName).GetChildren().Select(child => child.Key);
        if (stored is not null && owner.Value.KeysDifferingFrom(stored, configured) is { Count: > 0 } ignored)
        {
            LogConfigurationIgnored(string.Join(", ", ignored));
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

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Default company configured from {Section}")]
    private partial void LogSeeded(string section);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "The default company's stored settings are used; configuration that differs from them is ignored: {Keys}")]
    private partial void LogConfigurationIgnored(string keys);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not configure the default company yet; retrying in {Delay}")]
    private partial void LogRetrying(TimeSpan delay);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not configure the default company")]
    private partial void LogFailed(Exception exception);
}

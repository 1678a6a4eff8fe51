using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

/// <summary>
/// The one way Concierge reads a setting: a settings class bound from its configuration section in the options pipeline,
/// checked by its own problem list when the app starts (<c>ValidateOnStart</c>), consumed as <see cref="IOptions{T}"/>.
/// Where a choice has to be made while services are still being registered (which Orleans clustering provider), the
/// wiring reads the value this returns: bound from the same section, so the wiring and the services never disagree.
/// </summary>
public static class ConciergeSettings
{
    /// <summary>Registers <typeparamref name="TOptions"/> from <paramref name="section"/>, validated at start-up by <paramref name="problems"/>.</summary>
    /// <returns>The same settings, bound now, for decisions taken at wiring time only.</returns>
    public static TOptions AddConciergeSettings<TOptions>(
        this IHostApplicationBuilder builder, string section, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class, new() =>
        builder.AddConciergeSettings<TOptions>(section, (options, _) => problems(options));

    /// <summary>As above, for settings whose problems depend on other settings (read from <see cref="IServiceProvider"/>).</summary>
    public static TOptions AddConciergeSettings<TOptions>(
        this IHostApplicationBuilder builder, string section, Func<TOptions, IServiceProvider, IEnumerable<string>> problems)
        where TOptions : class, new()
    {
        builder.Services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(services => new SettingsValidator<TOptions>(options => problems(options, services)));
        return builder.Configuration.GetSection(section).Get<TOptions>() ?? new TOptions();
    }

    /// <summary>
    /// As above for settings at the configuration root rather than in a section: the hosting platform's environment
    /// variables (App Service's <c>WEBSITE_PRIVATE_IP</c>, Kubernetes' <c>POD_NAME</c>).
    /// </summary>
    public static TOptions AddConciergeRootSettings<TOptions>(this IHostApplicationBuilder builder, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class, new()
    {
        builder.Services.AddOptions<TOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(problems));
        return builder.Configuration.Get<TOptions>() ?? new TOptions();
    }
}

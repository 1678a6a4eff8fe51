using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

/// <summary>
/// The one way Concierge reads a setting: a settings class bound from its configuration section in the options pipeline,
/// checked by its own problem list (<c>ValidateOnStart</c>), consumed as <see cref="IOptions{T}"/>. Where a choice has to be
/// made while services are still being registered (which Orleans clustering provider, where the silo listens), the wiring
/// reads the value returned here: bound from the same section, so the wiring and the services never disagree, and checked
/// at once, so settings that cannot work never shape the wiring.
/// </summary>
public static class ConciergeSettings
{
    /// <summary>Registers <typeparamref name="TOptions"/> from <paramref name="section"/>, checked by <paramref name="problems"/>.</summary>
    /// <returns>The same settings, bound now, for decisions taken at wiring time only.</returns>
    /// <exception cref="OptionsValidationException">The settings cannot work; every problem is named, each with its key.</exception>
    public static TOptions AddConciergeSettings<TOptions>(
        this IHostApplicationBuilder builder, string section, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class, new()
    {
        builder.Services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        return Checked(builder, Bound(builder, () => builder.Configuration.GetSection(section).Get<TOptions>(), section), section, problems);
    }

    /// <summary>
    /// As above for settings at the configuration root rather than in a section: the hosting platform's environment
    /// variables (App Service's <c>WEBSITE_PRIVATE_IP</c>, Kubernetes' <c>POD_NAME</c>).
    /// </summary>
    public static TOptions AddConciergeRootSettings<TOptions>(this IHostApplicationBuilder builder, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class, new()
    {
        builder.Services.AddOptions<TOptions>().Bind(builder.Configuration).ValidateOnStart();
        return Checked(builder, Bound(builder, () => builder.Configuration.Get<TOptions>(), ""), "", problems);
    }

    /// <summary>The settings as bound; a value the binder cannot read as its type is a problem named like the others.</summary>
    private static TOptions Bound<TOptions>(IHostApplicationBuilder builder, Func<TOptions?> bind, string section)
        where TOptions : class, new()
    {
        try
        {
            return bind() ?? new TOptions();
        }
        catch (InvalidOperationException e) when (ConfigurationValueError.Describe(e, builder.Configuration) is { } problem)
        {
            throw new OptionsValidationException(section, typeof(TOptions), [problem]);
        }
    }

    private static TOptions Checked<TOptions>(IHostApplicationBuilder builder, TOptions bound, string section, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class
    {
        var validator = new SettingsValidator<TOptions>(problems);
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(validator);
        var verdict = validator.Validate(Options.DefaultName, bound);
        return verdict.Failed ? throw new OptionsValidationException(section, typeof(TOptions), verdict.Failures) : bound;
    }
}

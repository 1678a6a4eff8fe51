using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.StartUp;

/// <summary>
/// The options pipeline's start-up check (<c>ValidateOnStart</c>), run as usual, except that settings that cannot work
/// end the process with <see cref="ConfigurationErrorExit"/>'s lines right there: left to throw, the host would first log
/// "Hosting failed to start" with the whole stack trace. Only in the app's own process: a test host gets the exception.
/// </summary>
internal sealed class ExitingStartupValidator(IStartupValidator validator, IConfiguration configuration) : IStartupValidator
{
    public void Validate()
    {
        try
        {
            validator.Validate();
        }
        catch (Exception e) when (IsTheAppsOwnProcess && ConfigurationErrorExit.LinesFor(e, configuration) is { Count: > 0 } lines)
        {
            ConfigurationErrorExit.Exit(lines);
        }
    }

    // A test host runs the app inside the test runner's process, which must get the exception, not an exit.
    private static bool IsTheAppsOwnProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(ExitingStartupValidator).Assembly;

    /// <summary>Wraps the registered start-up check (the framework's own, whose type is internal).</summary>
    public static void Register(IServiceCollection services)
    {
        var framework = services.LastOrDefault(d => d.ServiceType == typeof(IStartupValidator))?.ImplementationType
            ?? new ServiceCollection().AddOptions<ExitingStartupValidatorProbe>().ValidateOnStart().Services
                .Single(d => d.ServiceType == typeof(IStartupValidator)).ImplementationType!;
        services.Replace(ServiceDescriptor.Singleton<IStartupValidator>(sp => new ExitingStartupValidator(
            (IStartupValidator)ActivatorUtilities.CreateInstance(sp, framework), sp.GetRequiredService<IConfiguration>())));
    }
}

/// <summary>Options that exist only to find the framework's start-up check type.</summary>
internal sealed class ExitingStartupValidatorProbe;

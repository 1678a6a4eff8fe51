using Concierge.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.StartUp;

/// <summary>
/// A configuration error that stops start-up ends the process with one line per problem on standard error, each naming
/// its key ("Configuration error: Concierge:Storage:Provider must be one of Sqlite, Postgres, SqlServer (got "Mongo")."),
/// and exit code <see cref="ExitCode"/>: not the runtime's unhandled-exception dump and its abort (exit code 134). Any
/// other unhandled exception is left to the runtime.
/// </summary>
public static class ConfigurationErrorExit
{
    public const int ExitCode = 1;

    public const string Prefix = "Configuration error: ";

    private static IConfiguration? configuration;

    /// <summary>
    /// Watches for a configuration error escaping start-up, from the wiring (settings bound while services are registered)
    /// or from the host's start (options validated on start), whichever comes first.
    /// </summary>
    public static WebApplicationBuilder ExitOnConfigurationError(this WebApplicationBuilder builder)
    {
        // Once per process: test hosts build the app many times in one process.
        if (Interlocked.Exchange(ref configuration, (IConfiguration)builder.Configuration) is null)
        {
            AppDomain.CurrentDomain.UnhandledException += (_, e) => ExitIfConfigurationError(e.ExceptionObject as Exception);
        }

        ExitingStartupValidator.Register(builder.Services);
        return builder;
    }

    /// <summary>The lines to print for <paramref name="error"/>; empty when it is not a configuration error.</summary>
    public static IReadOnlyList<string> LinesFor(Exception error, IConfiguration? settings) => error switch
    {
        OptionsValidationException invalid => [.. invalid.Failures.Select(failure => Prefix + failure.ReplaceLineEndings(" "))],
        AggregateException many when many.InnerExceptions.All(inner => LinesFor(inner, settings).Count > 0) => [.. many.InnerExceptions.SelectMany(inner => LinesFor(inner, settings))],
        _ when ConfigurationValueError.Describe(error, settings) is { } problem => [Prefix + problem],
        _ => [],
    };

    /// <summary>Prints <paramref name="lines"/> on standard error and ends the process with <see cref="ExitCode"/>.</summary>
    public static void Exit(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            Console.Error.WriteLine(line);
        }

        Console.Error.Flush();
        Environment.Exit(ExitCode);
    }

    private static void ExitIfConfigurationError(Exception? error)
    {
        if (error is not null && LinesFor(error, configuration) is { Count: > 0 } lines)
        {
            Exit(lines);
        }
    }
}

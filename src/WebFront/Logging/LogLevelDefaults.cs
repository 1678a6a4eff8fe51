namespace Concierge.WebFront.Logging;

/// <summary>
/// The levels that keep raw request paths out of the logs, as defaults in code rather than in appsettings.json (a process
/// started from another directory reads none, and every level then follows <c>Logging:LogLevel:Default</c>). ASP.NET's
/// routing, authentication and server lines quote the raw path below Warning (<c>/api/exceptions/4155550123</c>: numbers
/// in any format, words typed into the dashboard), and Orleans' lines below Warning carry grain ids and message bodies.
/// The rules go first in the list, so a configured level for the same category (<c>Logging:LogLevel:Orleans</c>) still
/// replaces them; a configured <c>Default</c> does not, being less specific. The request line
/// (<see cref="RequestLineInterceptor"/>) is ASP.NET's HTTP logging, kept at Information: it never quotes the raw path.
/// Polly's telemetry logs every execution of a resilience pipeline at Information, and Orleans places each new grain
/// through one: two lines per grain activated (about 3 KB of JSON per call start), the bulk of the log under load. Its
/// retries and failures (Warning and above) still show.
/// </summary>
internal static class LogLevelDefaults
{
    public static readonly IReadOnlyList<LoggerFilterRule> Rules =
    [
        new(null, "Microsoft.AspNetCore", LogLevel.Warning, null),
        new(null, "Microsoft.AspNetCore.HttpLogging", LogLevel.Information, null),
        new(null, "Orleans", LogLevel.Warning, null),
        new(null, "Polly", LogLevel.Warning, null),
    ];

    public static void Apply(LoggerFilterOptions filters)
    {
        for (var i = Rules.Count - 1; i >= 0; i--)
        {
            filters.Rules.Insert(0, Rules[i]);
        }
    }
}

namespace Concierge.WebFront.Logging;

/// <summary>
/// ASP.NET's hosting diagnostics log each request's raw URL and open a scope carrying its raw path around every line
/// logged during the request: <c>/api/exceptions/+14155550100</c> would put a phone number on all of them. That one
/// category is switched off for every logging provider, whatever configuration says (a provider-specific setting
/// would otherwise win over a general one); <see cref="RequestLineInterceptor"/> shapes the request line instead.
/// </summary>
internal static class HostingDiagnosticsSilencer
{
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static void Silence(LoggerFilterOptions filters, IEnumerable<ILoggerProvider> providers)
    {
        filters.Rules.Add(new LoggerFilterRule(null, Category, LogLevel.None, null));
        foreach (var provider in providers)
        {
            filters.Rules.Add(new LoggerFilterRule(provider.GetType().FullName, Category, LogLevel.None, null));
        }
    }
}

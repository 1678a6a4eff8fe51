using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Concierge.WebFront.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Request lines come from ASP.NET's HTTP logging, one per request, shaped by <see cref="RequestLineInterceptor"/> (see
    /// <see cref="HostingDiagnosticsSilencer"/>),
    /// ASP.NET and Orleans log from Warning up unless configured otherwise (see <see cref="LogLevelDefaults"/>), and
    /// no entry carries a full phone number (see <see cref="PhoneRedactingLoggerFactory"/>). None of it depends on a file.
    /// Outside Development, logs go to the console as one JSON object per line with scopes (CallSid, company), which
    /// App Service and AKS log collectors index as fields. Development keeps the default, readable console.
    /// </summary>
    public static IHostApplicationBuilder AddConciergeLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = RequestLineInterceptor.Fields;
            options.CombineLogs = true;
        });
        builder.Services.AddHttpLoggingInterceptor<RequestLineInterceptor>();
        builder.Services.Configure<LoggerFilterOptions>(LogLevelDefaults.Apply);
        builder.Services.AddOptions<LoggerFilterOptions>().PostConfigure<IEnumerable<ILoggerProvider>>(HostingDiagnosticsSilencer.Silence);
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services =>
            new PhoneRedactingLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(services))));
        if (builder.Environment.IsDevelopment())
        {
            return builder;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }

    /// <summary>Logs each <c>/twilio</c> and <c>/api</c> request inside its correlation scope; put it first in the pipeline.</summary>
    public static IApplicationBuilder UseConciergeRequestLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<LogCorrelationMiddleware>().UseHttpLogging();
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Concierge.TestSupport;

/// <summary>
/// A silo's fatal error in a test app: logged, and the app stopped. Orleans' own handler calls Environment.FailFast,
/// which in a test host ends every test of the project still to run (a silo told it was dead once took about 200 with it);
/// here only the test whose app it was fails.
/// </summary>
public sealed partial class StopAppOnFatalError(IHostApplicationLifetime lifetime, ILogger<StopAppOnFatalError> log) : IFatalErrorHandler
{
    public bool IsUnexpected(Exception exception) => true;

    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null)
    {
        LogFatal(log, sender?.GetType().Name, context, exception);
        lifetime.StopApplication();
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Critical, Message = "Fatal silo error from {Sender}: {Context}; the test app stops")]
    private static partial void LogFatal(ILogger logger, string? sender, string? context, Exception? exception);
}

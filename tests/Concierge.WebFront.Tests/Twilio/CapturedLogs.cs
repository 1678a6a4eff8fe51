using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Concierge.WebFront.Tests.Twilio;

/// <summary>Keeps every formatted log message so tests can check what was (and was not) logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> entries = new();

    public IReadOnlyCollection<(LogLevel Level, string Message)> Entries => entries;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => entries.Enqueue((logLevel, formatter(state, exception)));

    public void Dispose()
    {
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Concierge.WebFront.Tests.Logging;

/// <summary>One log line as a log sink would receive it: message, exception, structured values and every scope around it.</summary>
public sealed record CapturedEntry(LogLevel Level, string Category, string Message, string? Exception, IReadOnlyList<string> Values, IReadOnlyList<string> Scopes)
{
    /// <summary>Everything of this entry that could reach a log store, as one text to search.</summary>
    public string AllText => string.Join("\n", [Category, Message, Exception ?? "", .. Values, .. Scopes]);

    /// <summary>The value of <paramref name="key"/> in the scopes around this entry, if any.</summary>
    public string? ScopeValue(string key) =>
        Scopes.SelectMany(scope => scope.Split('\n')).FirstOrDefault(line => line.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..];
}

/// <summary>
/// Keeps every log entry at every level, with its exception, structured values and scopes, so tests can check what
/// was (and was not) logged. Add it with <see cref="AddTo"/>, which lets it see Trace whatever the app's filters say.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedEntry> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<CapturedEntry> Entries => entries;

    public void AddTo(ILoggingBuilder logging)
    {
        logging.AddProvider(this);
        // A rule for this provider beats the app's category rules (appsettings' "Microsoft.AspNetCore": "Warning").
        logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static IEnumerable<string> Pairs(object? state) =>
        state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.Select(pair => $"{pair.Key}={pair.Value}") : [];

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeTexts = new List<string>();
            logs.scopes.ForEachScope((scope, list) => list.Add(string.Join("\n", [scope?.ToString() ?? "", .. Pairs(scope)])), scopeTexts);
            logs.entries.Enqueue(new CapturedEntry(logLevel, category, formatter(state, exception), exception?.ToString(), [.. Pairs(state)], scopeTexts));
        }
    }
}

using Concierge.Grains.Interfaces.Phones;

namespace Concierge.WebFront.Logging;

/// <summary>
/// Masks every phone number in every log entry, whoever writes it. Concierge's own code never logs a full number, but
/// Orleans logs grain ids (a caller's grain is keyed by company and number: <c>caller/default/+14155550100</c>) and, in
/// traces and on slow responses, whole messages. Entries keep their level, category, event id, template and scopes;
/// the message, the structured values and the exception text are masked before any provider sees them, so
/// provider-specific filters (which match the provider's type) keep working.
/// </summary>
internal sealed class PhoneRedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new Logger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class Logger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var entry = new MaskedEntry(PhoneNumbersInText.Mask(formatter(state, exception)), Values(state));
            inner.Log(logLevel, eventId, entry, exception is null ? null : new MaskedException(exception), static (masked, _) => masked.Message);
        }

        // Every request line comes through here: a state that is a list (the usual case) is copied into an array of its
        // size, without an enumerator or an array grown to fit.
        private static KeyValuePair<string, object?>[] Values<TState>(TState state)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> list)
            {
                var values = new KeyValuePair<string, object?>[list.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Masked(list[i]);
                }

                return values;
            }

            return state is IEnumerable<KeyValuePair<string, object?>> pairs ? [.. pairs.Select(Masked)] : [];
        }

        private static KeyValuePair<string, object?> Masked(KeyValuePair<string, object?> pair) =>
            CannotHoldANumber(pair.Value) ? pair : new(pair.Key, PhoneNumbersInText.Mask(pair.Value!.ToString() ?? ""));

        // Numbers, times and the like keep their type for structured sinks; anything else (a grain id, a message) is text.
        private static bool CannotHoldANumber(object? value) =>
            value is null or Enum or DateTime or DateTimeOffset or TimeSpan or Guid or decimal || value.GetType().IsPrimitive;
    }

    /// <summary>A log entry's masked message and structured values, enumerable as providers expect of a state.</summary>
    private sealed class MaskedEntry(string message, KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values.Length;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }

    /// <summary>An exception as logs print it (type, message, stack, inner exceptions), with its phone numbers masked.</summary>
    private sealed class MaskedException(Exception original) : Exception(PhoneNumbersInText.Mask(original.Message))
    {
        public override string? StackTrace => null;

        public override string ToString() => PhoneNumbersInText.Mask(original.ToString());
    }
}

namespace Concierge.Silo.Brains;

/// <summary>
/// The model could not produce a usable answer (HTTP failure, timeout, refusal, malformed or schema-invalid JSON). Whoever
/// asked falls back on its offline counterpart (screener, lead scorer, note reader). Messages name the problem, never the
/// content: an answer may echo a caller's or a lead's words.
/// </summary>
public sealed class ModelAnswerException(string message, Exception? innerException = null, int? statusCode = null)
    : Exception(message, innerException)
{
    /// <summary>The HTTP status the model endpoint answered with, when the failure was an HTTP error.</summary>
    public int? StatusCode { get; } = statusCode;
}

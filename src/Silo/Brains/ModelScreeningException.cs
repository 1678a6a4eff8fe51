namespace Concierge.Silo.Brains;

/// <summary>
/// The model could not produce a usable screening decision (HTTP failure, timeout, refusal, malformed or invalid answer).
/// The caller of the brain falls back to the offline screener. Messages never contain the caller's words.
/// </summary>
public sealed class ModelScreeningException(string message, Exception? innerException = null, int? statusCode = null)
    : Exception(message, innerException)
{
    /// <summary>The HTTP status the model endpoint answered with, when the failure was an HTTP error.</summary>
    public int? StatusCode { get; } = statusCode;
}

namespace Concierge.Grains.Interfaces.Webhooks;

/// <summary>
/// Posts one signed webhook (the port grains send through; the HTTP adapter lives in the silo). Answers with what the
/// receiver said; a network failure, a timeout or an address the policy refuses is a failed attempt, never an exception.
/// </summary>
public interface IWebhookSender
{
    Task<WebhookAttempt> PostAsync(WebhookPost post, CancellationToken cancellationToken);
}

/// <summary>One POST: the JSON <paramref name="Body"/> and the headers that identify and sign it.</summary>
public sealed record WebhookPost(Uri Url, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>The outcome of one POST: acknowledged (a 2xx), or why not.</summary>
public sealed record WebhookAttempt(bool Acknowledged, int? StatusCode, string? Error)
{
    public static WebhookAttempt Failed(string error) => new(false, null, error);
}

namespace Concierge.Simulator.Protocol;

/// <summary>One webhook a simulated call sent and the answer it got (any status; a request that got no answer is not recorded).</summary>
public sealed record WebhookExchange(
    string Kind,
    string PathAndQuery,
    IReadOnlyList<KeyValuePair<string, string>> Form,
    int StatusCode,
    string Body,
    TimeSpan Latency)
{
    public bool IsOk => StatusCode is >= 200 and < 300;

    /// <summary>The value of a form field sent, or null.</summary>
    public string? Field(string name) => Form.FirstOrDefault(f => f.Key == name).Value;
}

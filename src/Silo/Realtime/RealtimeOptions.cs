using Concierge.Grains.Calls.Streams;
using Concierge.Silo.Brains;

namespace Concierge.Silo.Realtime;

/// <summary>
/// The live voice model of realtime calls (configuration section <c>Concierge:Realtime</c>): OpenAI's realtime WebSocket by
/// default, or an Azure OpenAI realtime deployment (<c>wss://NAME.openai.azure.com/openai/v1/realtime</c>). Audio is μ-law
/// both ways (<c>audio/pcmu</c>), as Twilio's media streams carry it.
/// </summary>
public sealed class RealtimeOptions
{
    public const string SectionName = "Concierge:Realtime";

    public const string DefaultEndpoint = "wss://api.openai.com/v1/realtime";

    public const string DefaultModel = "gpt-realtime";

    public const string DefaultVoice = "alloy";

    /// <summary>The realtime WebSocket URL, without the model (added as <c>?model=</c>).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model (OpenAI) or deployment (Azure OpenAI).</summary>
    public string Model { get; set; } = DefaultModel;

    /// <summary>Unset: the screener's key (<c>Concierge:Model:ApiKey</c>).</summary>
    public string? ApiKey { get; set; }

    public string Voice { get; set; } = DefaultVoice;

    /// <summary>How long the model may take to accept the connection before the call is screened in gather mode.</summary>
    public int ConnectTimeoutMs { get; set; } = 3000;

    /// <summary>
    /// How long a model socket opened while the phone is answered waits for its call's media stream before it is closed;
    /// 0 opens the model's socket only once the stream has started.
    /// </summary>
    public int PreopenSeconds { get; set; } = 10;

    /// <summary>How long the caller may stay silent after a reply before being asked again (once), then the call ends.</summary>
    public int SilenceSeconds { get; set; } = 8;

    /// <summary>The hard cap on a realtime call's length.</summary>
    public int MaxCallSeconds { get; set; } = RealtimeVoice.DefaultMaxSeconds;

    public IEnumerable<string> Validate()
    {
        if (ConnectTimeoutMs is < 100 or > 30_000)
        {
            yield return $"{SectionName}:ConnectTimeoutMs must be from 100 to 30000 (got {ConnectTimeoutMs}).";
        }

        if (PreopenSeconds is < 0 or > 60)
        {
            yield return $"{SectionName}:PreopenSeconds must be from 0 to 60 (got {PreopenSeconds}).";
        }

        if (SilenceSeconds is < 1 or > 60)
        {
            yield return $"{SectionName}:SilenceSeconds must be from 1 to 60 (got {SilenceSeconds}).";
        }

        if (MaxCallSeconds is < 30 or > 3600)
        {
            yield return $"{SectionName}:MaxCallSeconds must be from 30 to 3600 (got {MaxCallSeconds}).";
        }
    }

    /// <summary>The key sent to the model: this section's, else the screener's.</summary>
    public string? Key(ModelOptions screener) => string.IsNullOrWhiteSpace(ApiKey) ? screener.ApiKey : ApiKey;

    /// <summary>Where the relay connects: the endpoint with <c>?model=</c>; null when it is not a ws(s) or http(s) URL.</summary>
    public Uri? SessionUri()
    {
        var endpoint = string.IsNullOrWhiteSpace(Endpoint) ? DefaultEndpoint : Endpoint.Trim();
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("wss" or "ws" or "https" or "http"))
        {
            return null;
        }

        var ws = new UriBuilder(uri) { Scheme = uri.Scheme is "https" or "wss" ? "wss" : "ws", Port = uri.IsDefaultPort ? -1 : uri.Port };
        var query = ws.Query.TrimStart('?');
        ws.Query = (query.Length > 0 ? query + "&" : "") + "model=" + Uri.EscapeDataString(Model.Trim());
        return ws.Uri;
    }

    /// <summary>Azure OpenAI takes its key as <c>api-key</c>; OpenAI as a bearer token.</summary>
    public bool IsAzure => SessionUri()?.Host.EndsWith(".azure.com", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Whether realtime calls can have a model, and why not (naming the key) when they cannot.</summary>
    public RealtimeVoice Availability(ModelOptions screener)
    {
        string? why = null;
        if (SessionUri() is null)
        {
            why = $"{SectionName}:Endpoint is not a wss:// URL";
        }
        else if (string.IsNullOrWhiteSpace(Model))
        {
            why = $"{SectionName}:Model is not set";
        }
        else if (string.IsNullOrWhiteSpace(Key(screener)))
        {
            why = $"no realtime model key is set ({SectionName}:ApiKey, or {ModelOptions.SectionName}:ApiKey)";
        }

        return new RealtimeVoice(why, MaxCallSeconds);
    }
}

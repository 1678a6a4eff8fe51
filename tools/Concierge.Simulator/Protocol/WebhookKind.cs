namespace Concierge.Simulator.Protocol;

/// <summary>The Twilio webhooks a call goes through; latencies are reported per kind.</summary>
public static class WebhookKind
{
    public const string Voice = "voice";
    public const string Gather = "gather";
    public const string DialResult = "dial-result";
    public const string Whisper = "whisper";
    public const string Status = "status";

    public static IReadOnlyList<string> All { get; } = [Voice, Gather, DialResult, Whisper, Status];

    /// <summary>The kind of a request path ("/twilio/whisper?call=CA1" is "whisper"); the last path segment for others.</summary>
    public static string Of(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var path = pathAndQuery.Split('?', 2)[0].TrimEnd('/');
        return path[(path.LastIndexOf('/') + 1)..];
    }
}

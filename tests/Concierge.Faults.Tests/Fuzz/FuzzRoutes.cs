namespace Concierge.Faults.Tests.Fuzz;

/// <summary>
/// The routes the fuzzer aims at. When the app gains a route (the REST API under /api is next), list it here: every
/// route is hit with every kind of malformed request.
/// </summary>
internal static class FuzzRoutes
{
    /// <summary>Signature-checked webhooks: the fuzzer also sends them validly signed garbage, so the handlers run.</summary>
    public static IReadOnlyList<string> Twilio { get; } = ["/twilio/voice", "/twilio/gather", "/twilio/dial-result", "/twilio/whisper", "/twilio/status"];

    /// <summary>Everything else: health, routes named in the design but not built yet, and routes that never existed.</summary>
    public static IReadOnlyList<string> Others { get; } =
    [
        "/health/live", "/health/ready", "/", "/openapi/v1.json",
        "/api/exceptions", "/api/exceptions/+14155550100", "/api/conversations", "/api/callers/+14155550100", "/api/companies",
        "/twilio/message", "/twilio/stream", "/twilio", "/twilio/voice/extra", "/no/such/route", "/%2e%2e/%2e%2e/etc/passwd",
    ];

    public static IReadOnlyList<string> All { get; } = [.. Twilio, .. Others];
}

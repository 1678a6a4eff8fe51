namespace Concierge.Faults.Tests.Fuzz;

/// <summary>
/// The routes the fuzzer aims at. When the app gains a route, list it here: every route is hit with every kind of
/// malformed request, and each field it reads (in <see cref="TwilioForms"/>, <see cref="Api"/> and
/// <see cref="Dashboard"/>) gets every hostile value in turn.
/// </summary>
internal static class FuzzRoutes
{
    /// <summary>Signature-checked webhooks: the fuzzer also sends them validly signed garbage, so the handlers run.</summary>
    public static IReadOnlyList<string> Twilio { get; } =
    [
        "/twilio/voice", "/twilio/gather", "/twilio/dial-result", "/twilio/whisper", "/twilio/status", "/twilio/message", "/twilio/stream-ended",
        "/twilio/lead/voice?lead=ld_fuzz", "/twilio/lead/answer?lead=ld_fuzz&turn=1", "/twilio/lead/status?lead=ld_fuzz",
    ];

    /// <summary>Everything else: health, the REST API and the dashboard without credentials, and routes that never existed.</summary>
    public static IReadOnlyList<string> Others { get; } =
    [
        "/health/live", "/health/ready", "/", "/openapi/v1.json",
        "/api/exceptions", "/api/exceptions/+14155550100", "/api/conversations", "/api/callers/+14155550100", "/api/companies", "/api/settings", "/settings",
        "/api/notes", "/notes", "/api/appointments", "/api/appointments/070123", "/api/calendar", "/api/calendar/feed", "/calendar/default/0123456789abcdef.ics", "/api/leads", "/api/leads/ld_none", "/api/lead-settings", "/intake/default", "/intake/default/thanks", "/intake/no-such-company", "/api/webhook", "/api/webhook/deliveries", "/api/webhook/test", "/api/handovers", "/api/handovers/123456789012", "/api/settings/handover", "/handovers", "/calendar", "/calendar/settings", "/appointments/070123", "/webhooks", "/twilio/stream", "/twilio", "/twilio/voice/extra", "/no/such/route", "/%2e%2e/%2e%2e/etc/passwd",
    ];

    public static IReadOnlyList<string> All { get; } = [.. Twilio, .. Others];

    /// <summary>
    /// Each webhook's form as Twilio posts it, for a call in the phase the webhook expects: every field of it (the call's
    /// standard fields included) and the whisper's <c>call</c> query parameter are swept.
    /// </summary>
    public static IReadOnlyList<TwilioForm> TwilioForms { get; } =
    [
        new("/twilio/voice", CallPhase.New, call => ("/twilio/voice", [("CallStatus", "ringing"), ("CallerName", "SAM SMITH"), ("ForwardedFrom", "+14155550100")])),
        new("/twilio/gather", CallPhase.Screening, call => ("/twilio/gather", [("SpeechResult", "Hi, this is Sam, about dinner."), ("Confidence", "0.9")])),
        new("/twilio/dial-result", CallPhase.Transferring, call => ("/twilio/dial-result",
            [("DialCallStatus", "completed"), ("DialCallSid", call.OwnerLegSid), ("DialBridged", "true"), ("DialCallDuration", "30")])),
        new("/twilio/whisper", CallPhase.Transferring, call => ($"/twilio/whisper?call={call.CallSid}",
            [("CallSid", call.OwnerLegSid), ("ParentCallSid", call.CallSid), ("Direction", "outbound-dial"), ("From", call.To), ("Digits", "1")])),
        new("/twilio/status", CallPhase.Screening, call => ("/twilio/status", [("CallStatus", "completed"), ("CallDuration", "42")])),
        new("/twilio/stream-ended", CallPhase.Screening, call => ("/twilio/stream-ended", [("CallStatus", "in-progress")])),
        new("/twilio/message", CallPhase.New, call => ("/twilio/message",
            [("MessageSid", "SM" + call.CallSid[2..]), ("Body", "Replace the boiler valve at 12 Rue de la Paix"), ("NumMedia", "0")])),
    ];

    /// <summary>
    /// The REST API, called with a valid key (the admin key for <c>/api/companies</c>): every JSON field, query parameter
    /// and path parameter. <c>{phone}</c> is a number on the exception list, <c>{company}</c> a company that exists.
    /// </summary>
    public static IReadOnlyList<FuzzTarget> Api { get; } =
    [
        new("POST", "/api/exceptions", [Json("phone", "{new phone}"), Json("name", "Gran"), Json("category", "family"), Json("note", "Mornings")]),
        new("PUT", "/api/exceptions/{phone}", [Path("phone", "{phone}"), Json("name", "Gran"), Json("category", "family"), Json("note", "Mornings")]),
        new("GET", "/api/exceptions", [Query("category", "family"), Query("includeInactive", "true")]),
        new("GET", "/api/exceptions/{phone}", [Path("phone", "{phone}")]),
        new("GET", "/api/exceptions/check/{phone}", [Path("phone", "{phone}")]),
        new("DELETE", "/api/exceptions/{phone}", [Path("phone", "{new phone}")]),
        new("GET", "/api/conversations", [Query("caller", "+14155550100"), Query("decision", "transferred"), Query("from", "2026-01-01"), Query("to", "2030-01-01"),
            Query("q", "dinner"), Query("cursor", null), Query("limit", "10"), Query("live", "false")]),
        new("GET", "/api/conversations/{callSid}", [Path("callSid", "CA0123456789abcdef0123456789abcdef")]),
        new("GET", "/api/callers", [Query("blocked", "false"), Query("cursor", null), Query("limit", "10")]),
        new("GET", "/api/callers/{phone}", [Path("phone", "{new phone}")]),
        new("POST", "/api/callers/{phone}/block", [Path("phone", "{new phone}"), Json("reason", "Spam")]),
        new("POST", "/api/callers/{phone}/unblock", [Path("phone", "{new phone}")]),
        new("GET", "/api/companies", [Query("cursor", null), Query("limit", "10")], Admin: true),
        new("POST", "/api/companies", CompanyFields(Json("id", "{new company}")), Admin: true),
        new("GET", "/api/companies/{id}", [Path("id", "{company}")], Admin: true),
        new("PUT", "/api/companies/{id}", CompanyFields(Path("id", "{company}")), Admin: true),
        new("GET", "/api/companies/{id}/keys", [Path("id", "{company}")], Admin: true),
        new("POST", "/api/companies/{id}/keys", [Path("id", "{company}"), Json("label", "fuzz")], Admin: true),
        new("DELETE", "/api/companies/{id}/keys/{keyId}", [Path("id", "{company}"), Path("keyId", "k_none")], Admin: true),
        new("GET", "/api/settings", []),
        new("PUT", "/api/settings", [.. CompanyFields(Json("id", "default")).Where(f => f.Name != "twilioNumbers")]),
        new("PUT", "/api/webhook", [Json("url", "https://crm.example.com/hooks")]),
        new("GET", "/api/webhook", []),
        new("POST", "/api/webhook/secret", []),
        new("POST", "/api/webhook/test", []),
        new("GET", "/api/webhook/deliveries", [Query("status", "failed"), Query("cursor", null), Query("limit", "10")]),
        new("GET", "/api/settings/handover", []),
        new("PUT", "/api/settings/handover", [Json("agentNumber", "+14155550177"), Json("routeUrgentCalls", true), Json("tokenMinutes", 10)]),
        new("GET", "/api/handovers", [Query("cursor", null), Query("limit", "10")]),
        new("GET", "/api/handovers/{token}", [Path("token", "123456789012")]),
        new("POST", "/api/leads", [Json("name", "Sam Carter"), Json("phone", "{new phone}"), Json("email", "sam@example.com"), Json("source", "web form"),
            Json("notes", "Solar panels"), Json("consent", new { given = true, at = "2026-01-01T09:00:00Z", text = "I agree to be called." }),
            Json("timeZone", "Europe/Paris"), Json("language", "fr")]),
        new("GET", "/api/leads", [Query("status", "new"), Query("minScore", "10"), Query("maxScore", "90"), Query("from", "2026-01-01"), Query("to", "2030-01-01"),
            Query("cursor", null), Query("limit", "10")]),
        new("GET", "/api/leads/{id}", [Path("id", "ld_none")]),
        new("DELETE", "/api/leads/{id}", [Path("id", "ld_none"), Query("erase", "true")]),
        new("GET", "/api/lead-settings", []),
        new("PUT", "/api/lead-settings", [Json("questions", new[] { new { text = "Own your home?", kind = "yes_no", required = true } }),
            Json("callingHours", new { days = new[] { "mon" }, from = "09:00", to = "18:00" }), Json("maxAttempts", 3), Json("retryMinutes", 60),
            Json("machineMessage", "Carter Solar calling back."), Json("notifyEmails", new[] { "sales@example.com" }), Json("doNotCall", new[] { "{new phone}" })]),
        new("GET", "/api/appointments", [Query("day", null), Query("from", "2026-01-01"), Query("to", "2026-02-01"), Query("includeCancelled", "true"),
            Query("cursor", null), Query("limit", "10")]),
        new("POST", "/api/appointments", [Json("date", "2030-01-07"), Json("start", "09:30"), Json("type", "Appointment"), Json("callerPhone", "{new phone}"),
            Json("callerName", "Sam")]),
        new("GET", "/api/appointments/{reference}", [Path("reference", "070123")]),
        new("PUT", "/api/appointments/{reference}", [Path("reference", "070123"), Json("date", "2030-01-07"), Json("start", "10:00")]),
        new("DELETE", "/api/appointments/{reference}", [Path("reference", "070123")]),
        new("GET", "/api/calendar", []),
        new("POST", "/api/calendar/feed", []),
        new("PUT", "/api/calendar", [Json("hours", System.Text.Json.Nodes.JsonNode.Parse("""[{"day":"monday","opens":"09:00","closes":"17:00"}]""")!),
            Json("types", System.Text.Json.Nodes.JsonNode.Parse("""[{"name":"Appointment","durationMinutes":30,"bufferMinutes":0}]""")!), Json("closedDays", new[] { "2026-12-25" }),
            Json("horizonDays", 60), Json("bookingEnabled", true), Json("reminderMinutes", 1440)]),
    ];

    /// <summary>
    /// The dashboard, signed in: every form field (the antiforgery token included), query parameter and path parameter.
    /// The sign-in form is posted by a browser of its own each time.
    /// </summary>
    public static IReadOnlyList<FuzzTarget> Dashboard { get; } =
    [
        new("POST", "/signin", [Form("key", "{owner key}"), Form("returnUrl", "/calls"), Form(AntiforgeryField, "{token}")], SignedIn: false),
        new("GET", "/signin", [Query("returnUrl", "/calls"), Query("signedOut", "true")], SignedIn: false),
        new("POST", "/intake/{companyId}", [Path("companyId", "{company}"), Form("name", "Sam Carter"), Form("phone", "{new phone}"), Form("email", "sam@example.com"),
            Form("notes", "Solar panels"), Form("consent", "true"), Form(AntiforgeryField, "{token}")], SignedIn: false),
        new("GET", "/intake/{companyId}", [Path("companyId", "{company}")], SignedIn: false),
        new("POST", "/exceptions?handler=Add", [Form("phone", "{new phone}"), Form("name", "Gran"), Form("category", "family"), Form("note", "Mornings"), Form(AntiforgeryField, "{token}")]),
        new("POST", "/exceptions?handler=Remove", [Form("phone", "{new phone}"), Form(AntiforgeryField, "{token}")]),
        new("POST", "/exceptions/{phone}/edit", [Path("phone", "{phone}"), Form("name", "Gran"), Form("category", "family"), Form("note", "Mornings"), Form(AntiforgeryField, "{token}")]),
        new("GET", "/exceptions/{phone}/edit", [Path("phone", "{phone}")]),
        new("POST", "/callers/{phone}?handler=Block", [Path("phone", "{new phone}"), Form("reason", "Spam"), Form(AntiforgeryField, "{token}")]),
        new("POST", "/callers/{phone}?handler=Unblock", [Path("phone", "{new phone}"), Form(AntiforgeryField, "{token}")]),
        new("GET", "/callers/{phone}", [Path("phone", "{new phone}")]),
        new("GET", "/callers", [Query("blocked", "false"), Query("cursor", null)]),
        new("GET", "/calls", [Query("decision", "transferred"), Query("caller", "+14155550100"), Query("date", "2026-11-21"), Query("q", "dinner"), Query("cursor", null)]),
        new("GET", "/calls/{callSid}", [Path("callSid", "CA0123456789abcdef0123456789abcdef")]),
        new("GET", "/", [Query("days", "7")]),
        new("GET", "/settings", []),
        new("POST", "/settings", [Form("ownerName", "Alex"), Form("ownerPhone", "+14155550100"), Form("greeting", "Hello"), Form("languages", "en-US, fr-FR"),
            Form("screeningInstructions", "Always put through: school"), Form("timeZone", "Europe/Paris"), Form("whisper", "true"), Form("ringSeconds", "20"),
            Form("voiceMode", "gather"), Form(AntiforgeryField, "{token}")]),
        new("GET", "/calendar", [Query("view", "week"), Query("date", "2026-11-21")]),
        new("POST", "/calendar?handler=Cancel", [Form("reference", "070123"), Form("view", "day"), Form("date", "2026-11-21"), Form(AntiforgeryField, "{token}")]),
        new("POST", "/calendar?handler=Feed", [Form(AntiforgeryField, "{token}")]),
        new("GET", "/appointments/{reference}", [Path("reference", "070123")]),
        new("POST", "/appointments/{reference}?handler=Move", [Path("reference", "070123"), Form("date", "2030-01-07"), Form("start", "10:00"), Form(AntiforgeryField, "{token}")]),
        new("GET", "/calendar/settings", []),
        new("POST", "/calendar/settings", [Form("hours[monday]", "09:00-12:00, 13:00-17:00"), Form("types", "Haircut, 30, 10"), Form("closedDays", "2026-12-25"),
            Form("horizonDays", "60"), Form("reminderMinutes", "1440"), Form("bookingEnabled", "true"), Form(AntiforgeryField, "{token}")]),
        new("GET", "/webhooks", [Query("status", "failed"), Query("cursor", null)]),
        new("POST", "/webhooks?handler=Url", [Form("url", "https://crm.example.com/hooks"), Form(AntiforgeryField, "{token}")]),
        new("POST", "/webhooks?handler=Secret", [Form(AntiforgeryField, "{token}")]),
        new("POST", "/webhooks?handler=Test", [Form(AntiforgeryField, "{token}")]),
        new("POST", "/webhooks?handler=Remove", [Form(AntiforgeryField, "{token}")]),
        new("POST", "/notes?handler=AddSender", [Form("phone", "{new phone}"), Form("name", "Sam"), Form(AntiforgeryField, "{token}")]),
        new("POST", "/notes?handler=RemoveSender", [Form("phone", "{new phone}"), Form(AntiforgeryField, "{token}")]),
        new("POST", "/signout", [Form(AntiforgeryField, "{token}")]),
    ];

    public const string AntiforgeryField = "__RequestVerificationToken";

    private static FuzzField[] CompanyFields(FuzzField key) =>
    [
        key, Json("name", "Fuzz Ltd"), Json("ownerName", "Alex"), Json("ownerPhone", "+14155550100"), Json("twilioNumbers", new[] { "{new phone}" }),
        Json("greeting", "Hello, who is calling?"), Json("languages", new[] { "en-US" }), Json("screeningInstructions", "Always put through: school"),
        Json("defaultRegion", "US"), Json("whisper", true), Json("ringSeconds", 20), Json("timeZone", "Europe/Paris"), Json("voiceMode", "gather"),
    ];

    private static FuzzField Json(string name, object valid) => new(name, FieldPlace.Json, valid);

    private static FuzzField Form(string name, string valid) => new(name, FieldPlace.Form, valid);

    private static FuzzField Query(string name, string? valid) => new(name, FieldPlace.Query, valid);

    private static FuzzField Path(string name, string valid) => new(name, FieldPlace.Path, valid);
}

/// <summary>Where a field travels.</summary>
internal enum FieldPlace
{
    Form,
    Json,
    Query,
    Path,
}

/// <summary>
/// A field a route reads and a valid value for it (null: absent unless swept). Values in braces stand for data the
/// sweep makes: <c>{new phone}</c>, <c>{phone}</c> (listed), <c>{company}</c>, <c>{new company}</c>, <c>{owner key}</c>, <c>{token}</c>.
/// </summary>
internal sealed record FuzzField(string Name, FieldPlace Place, object? Valid);

/// <summary>A request shape: method, path template (<c>{name}</c> for a path field) and every field it carries.</summary>
internal sealed record FuzzTarget(string Method, string Path, IReadOnlyList<FuzzField> Fields, bool Admin = false, bool SignedIn = true)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The phase a call must be in for a webhook to do its work.</summary>
internal enum CallPhase
{
    New,
    Screening,
    Transferring,
}

/// <summary>A webhook and the form Twilio posts to it for <c>call</c>: path and query, and the fields beyond the call's standard ones.</summary>
internal sealed record TwilioForm(
    string Route,
    CallPhase Setup,
    Func<Concierge.Simulator.Calls.SimulatedCall, (string PathAndQuery, (string Key, string Value)[] Fields)> Request);

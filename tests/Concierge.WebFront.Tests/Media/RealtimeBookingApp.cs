using System.Text.Json.Nodes;
using Concierge.Simulator.Calls;
using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Media;

/// <summary>
/// The realtime app with a fake Twilio REST API recording the texts sent (booking confirmations), for calls to companies
/// of their own whose calendar takes bookings by phone or not.
/// </summary>
public sealed class RealtimeBookingApp : RealtimeApp
{
    public FakeTwilioApi Twilio { get; private set; } = null!;

    protected override async Task BeforeStartAsync()
    {
        Twilio = await FakeTwilioApi.StartAsync(authToken: ConciergeAppFactory.AuthToken);
        App.Settings["Concierge:Twilio:AccountSid"] = FakeTwilioApi.AccountSid;
        App.Settings["Concierge:Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Twilio.DisposeAsync();
    }

    /// <summary>A new call from a fresh number to <paramref name="number"/>, not rung yet.</summary>
    public SimulatedCall CallTo(string number) => App.NewCall(to: number);

    /// <summary>The texts sent to <paramref name="caller"/> so far.</summary>
    public List<string> TextsTo(string caller) => [.. Twilio.MessagesSent.Where(m => m.Value("To") == caller).Select(m => m.Value("Body")!)];

    /// <summary>The functions a session.update gives the model.</summary>
    public static List<string?> ToolsOf(JsonNode update) => [.. update["session"]!["tools"]!.AsArray().Select(tool => (string?)tool!["name"])];
}

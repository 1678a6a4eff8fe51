using Concierge.TestSupport;

namespace Concierge.WebFront.Tests.Booking;

/// <summary>
/// The app with a model configured (<c>Concierge:Model</c>) on a fake chat-completions server, and texts going to a fake
/// Twilio REST API. The deadline is generous: on a loaded machine the model must still count as on time.
/// </summary>
public sealed class BookingModelApp : ConciergeAppFactory, IAsyncLifetime
{
    public FakeTwilioApi Twilio { get; private set; } = null!;

    public FakeChatCompletionsServer Model { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Twilio = await FakeTwilioApi.StartAsync(authToken: AuthToken);
        Model = await FakeChatCompletionsServer.StartAsync();
        Settings["Concierge:Twilio:AccountSid"] = FakeTwilioApi.AccountSid;
        Settings["Concierge:Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString();
        Settings["Concierge:Model:Provider"] = "OpenAI";
        Settings["Concierge:Model:Endpoint"] = Model.BaseAddress.ToString();
        Settings["Concierge:Model:ApiKey"] = "sk-test";
        Settings["Concierge:Model:DeadlineMs"] = "20000";
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Model.DisposeAsync();
        await Twilio.DisposeAsync();
    }
}

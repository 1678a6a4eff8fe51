using Concierge.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.WebFront.Tests.Appointments;

/// <summary>
/// The app with a fake Twilio REST API recording the texts sent, a short sweep period, and a clock the test can move
/// forward (<see cref="Clock"/>) to the moment a reminder is due.
/// </summary>
public sealed class AppointmentsApp : ConciergeAppFactory, IAsyncLifetime
{
    public FakeTwilioApi Twilio { get; private set; } = null!;

    public MovableClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        Twilio = await FakeTwilioApi.StartAsync(authToken: AuthToken);
        Settings["Concierge:Twilio:AccountSid"] = FakeTwilioApi.AccountSid;
        Settings["Concierge:Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString();
        Settings["Concierge:Appointments:SweepSeconds"] = "0.2";
        Settings["Concierge:Appointments:RetrySeconds"] = "0.2";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The texts sent to <paramref name="caller"/> so far, in order.</summary>
    public List<string> TextsTo(string caller) =>
        [.. Twilio.MessagesSent.Where(m => m.Value("To") == caller).Select(m => m.Value("Body")!)];

    /// <summary>The texts sent to <paramref name="caller"/> once there are at least <paramref name="count"/> (20 s at most).</summary>
    public async Task<List<string>> TextsToAsync(string caller, int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (TextsTo(caller).Count < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var texts = TextsTo(caller);
        Assert.True(texts.Count >= count, $"{texts.Count} texts to the caller, expected {count}");
        return texts;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Twilio.DisposeAsync();
    }

    /// <summary>The system clock, moved forward by <see cref="Ahead"/>; timers run in real time.</summary>
    public sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
    }
}

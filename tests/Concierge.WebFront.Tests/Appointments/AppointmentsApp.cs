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

using System.Globalization;
using System.Net;
using Concierge.TestSupport;
using Concierge.WebFront.Dashboard;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>Wrong keys at the sign-in form count like wrong keys on the REST API: past the limit, 429 with Retry-After.</summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private readonly ConciergeAppFactory app = new();

    public Task InitializeAsync()
    {
        app.Settings["Concierge:Api:FailedKeysPerClientPerMinute"] = "3";
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RepeatedWrongSignInsFromOneAddressGet429WithRetryAfterEvenForTheRightKey()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await DashboardForms.SignInAsync(app.Browser().From("203.0.113.20"), key: $"ck_wrong_{Guid.NewGuid():N}");
            statuses.Add(wrong.StatusCode);
        }

        using var rightKey = await DashboardForms.SignInAsync(app.Browser().From("203.0.113.20"));
        using var elsewhere = await DashboardForms.SignInAsync(app.Browser().From("198.51.100.20"));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightKey.StatusCode);
        Assert.InRange(int.Parse(rightKey.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("Too many wrong keys", await rightKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(rightKey.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(DashboardAuthentication.CookieName, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task WrongKeysOnTheApiAndTheFormShareOneCount()
    {
        for (var i = 0; i < 3; i++)
        {
            using var api = app.CreateClient().From("203.0.113.30");
            api.DefaultRequestHeaders.Add("X-Api-Key", $"ck_wrong_{Guid.NewGuid():N}");
            (await api.GetAsync(new Uri("/api/exceptions", UriKind.Relative))).Dispose();
        }

        using var signIn = await DashboardForms.SignInAsync(app.Browser().From("203.0.113.30"));

        Assert.Equal(HttpStatusCode.TooManyRequests, signIn.StatusCode);
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concierge.Dashboard.Tests.Server;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Simulator.Calls;
using Concierge.TestSupport;
using Orleans;

namespace Concierge.Dashboard.Tests.Inbox;

/// <summary>The home page's inbox: calls that need the owner, unread for each key until that key's user opens them.</summary>
public sealed partial class InboxTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Fact]
    public async Task AMessageIsUnreadOnTheHomePageUntilItsCallIsOpened()
    {
        var browser = await SignedInAsync(await NewKeyAsync());
        var call = await LeaveMessageAsync("Please call Jordan back about the outage as soon as you can.");
        var before = await HomeAsync(browser);

        using var opened = await browser.GetAsync(new Uri($"/calls/{call.CallSid}", UriKind.Relative));
        var after = await HomeAsync(browser);

        Assert.Contains($"data-call-sid=\"{call.CallSid}\" data-state=\"unread\"", before, StringComparison.Ordinal);
        Assert.Contains("Please call Jordan back about the outage as soon as you can.", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains($"data-call-sid=\"{call.CallSid}\" data-state=\"reviewed\"", after, StringComparison.Ordinal);
        Assert.Equal(UnreadCount(before) - 1, UnreadCount(after));
    }

    [Fact]
    public async Task OpeningACallMarksItReadForThatKeyOnly()
    {
        var reader = await SignedInAsync(await NewKeyAsync());
        var colleague = await SignedInAsync(await NewKeyAsync());
        var call = await LeaveMessageAsync("It's Sam, please ring me back about the contract.");

        (await reader.GetAsync(new Uri($"/calls/{call.CallSid}", UriKind.Relative))).Dispose();

        Assert.Contains($"data-call-sid=\"{call.CallSid}\" data-state=\"reviewed\"", await HomeAsync(reader), StringComparison.Ordinal);
        Assert.Contains($"data-call-sid=\"{call.CallSid}\" data-state=\"unread\"", await HomeAsync(colleague), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiSaysWhetherTheKeyReviewedACallAndMarksIt()
    {
        var key = await NewKeyAsync();
        var api = app.Api(key);
        var call = await LeaveMessageAsync("Call me back about the invoice, thanks.");

        var unread = await ReviewedAsync(api, call.CallSid);
        using var marked = await api.PostAsync(new Uri($"/api/calls/{call.CallSid}/reviewed", UriKind.Relative), null);
        using var markedAgain = await api.PostAsync(new Uri($"/api/calls/{call.CallSid}/reviewed", UriKind.Relative), null);
        using var unknown = await api.PostAsync(new Uri("/api/calls/CA0000000000000000000000000000dead/reviewed", UriKind.Relative), null);

        Assert.False(unread);
        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, markedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True(await ReviewedAsync(api, call.CallSid));
        Assert.False(await ReviewedAsync(app.Api(await NewKeyAsync()), call.CallSid));
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/calls?caller={Uri.EscapeDataString(call.From)}");
        Assert.True(list.GetProperty("items")[0].GetProperty("reviewed").GetBoolean());
    }

    [Fact]
    public async Task TheNavigationCountsUnreadCallsOnEveryPage()
    {
        var browser = await SignedInAsync(await NewKeyAsync());
        await LeaveMessageAsync("Please call back about the parcel.");

        using var calls = await browser.GetAsync(new Uri("/calls", UriKind.Relative));

        Assert.True(UnreadCount(await calls.Content.ReadAsStringAsync()) >= 1);
    }

    private Task<SimulatedCall> LeaveMessageAsync(string message) => LeaveMessageAsync(app, message);

    /// <summary>A caller with urgent news the owner cannot take (busy) who leaves <paramref name="message"/>.</summary>
    internal static async Task<SimulatedCall> LeaveMessageAsync(ConciergeAppFactory app, string message)
    {
        var call = app.NewCall();
        await call.RingAsync();
        await call.SayAsync("It's Jordan from Alex's office, the server is down and we need Alex urgently.");
        await call.DialEndsAsync("busy", bridged: false);
        await call.SayAsync(message);
        return call;
    }

    private async Task<string> NewKeyAsync() =>
        (await app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).IssueApiKeyAsync("inbox test")).Key;

    private async Task<HttpClient> SignedInAsync(string key)
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser, key)).Dispose();
        return browser;
    }

    private static async Task<string> HomeAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<bool> ReviewedAsync(HttpClient api, string callSid) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/calls/{callSid}")).GetProperty("reviewed").GetBoolean();

    private static int UnreadCount(string html) =>
        UnreadBadge().Match(html) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"data-unread-count><span class=""visually-hidden"">, </span>(\d+)<")]
    private static partial Regex UnreadBadge();
}

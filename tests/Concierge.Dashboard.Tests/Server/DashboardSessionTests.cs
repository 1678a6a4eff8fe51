using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Dashboard;
using Concierge.TestSupport;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The dashboard's session rules, server-side: sign-in, cookie flags, antiforgery, redirects, and the REST API left as it was.</summary>
public sealed class DashboardSessionTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/live")]
    [InlineData("/calls")]
    [InlineData("/calls/CA0123456789abcdef")]
    [InlineData("/exceptions")]
    [InlineData("/exceptions/+14155550123/edit")]
    [InlineData("/callers")]
    [InlineData("/callers/+14155550123")]
    [InlineData("/signout")]
    public async Task EveryDashboardPageSendsAStrangerToTheSignInForm(string path)
    {
        using var response = await app.Browser().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/signin?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task TheRestApiStillAnswers401ProblemDetailsEvenToASignedInBrowser()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();

        using var response = await browser.GetAsync(new Uri("/api/exceptions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task TheLiveEventStreamAnswers401RatherThanRedirectingWithoutASession()
    {
        using var response = await app.Browser().GetAsync(new Uri(DashboardEndpoints.LiveEventsPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task SessionCookieIsHttpOnlyAndLaxAndSecureOverHttps()
    {
        using var overHttps = await DashboardForms.SignInAsync(app.Browser(https: true));
        using var overHttp = await DashboardForms.SignInAsync(app.Browser());

        var secure = SessionCookie(overHttps);
        var plain = SessionCookie(overHttp);
        Assert.Contains("httponly", secure, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", secure, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", secure.Split(';').Select(p => p.Trim().ToLowerInvariant()));
        Assert.DoesNotContain("secure", plain.Split(';').Select(p => p.Trim().ToLowerInvariant()));
    }

    [Fact]
    public async Task WrongKeyGetsNoCookieAndA401Form()
    {
        using var response = await DashboardForms.SignInAsync(app.Browser(), key: "ck_wrong_0123456789");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(DashboardAuthentication.CookieName, StringComparison.Ordinal));
        Assert.Contains("That API key was not accepted", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInWithoutTheAntiforgeryTokenIsRefused()
    {
        var browser = app.Browser();
        (await browser.GetAsync(new Uri("/signin", UriKind.Relative))).Dispose();

        using var response = await browser.PostAsync(
            new Uri("/signin", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = ConciergeAppFactory.OwnerApiKey }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(DashboardAuthentication.CookieName, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenChangesNothing()
    {
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser)).Dispose();
        var phone = TestPhones.Next();

        using var response = await browser.PostAsync(
            new Uri("/exceptions?handler=Add", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["phone"] = phone, ["name"] = "Forged" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).GetExceptionAsync(phone));
    }

    [Theory]
    [InlineData("/calls?decision=blocked", "/calls?decision=blocked")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    public async Task SignInReturnsOnlyToThisSitesOwnPages(string returnUrl, string expected)
    {
        using var response = await DashboardForms.SignInAsync(app.Browser(), returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RevokingTheKeyEndsItsSessions()
    {
        var company = app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        var issued = await company.IssueApiKeyAsync("assistant");
        var browser = app.Browser();
        (await DashboardForms.SignInAsync(browser, issued.Key)).Dispose();
        using var before = await browser.GetAsync(new Uri("/calls", UriKind.Relative));

        await company.RevokeApiKeyAsync(issued.KeyId);
        using var after = await browser.GetAsync(new Uri("/calls", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACookieReplayedAfterSignOutIsRefused()
    {
        var company = app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        var key = (await company.IssueApiKeyAsync("replay")).Key;
        var browser = app.Browser();
        using var signIn = await DashboardForms.SignInAsync(browser, key);
        var cookie = SessionCookie(signIn).Split(';')[0];

        using var signOut = await SignOutAsync(browser);
        using var replayed = await Replay(cookie).GetAsync(new Uri("/calls", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/signin", replayed.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsEverySessionOfThatKeyAndNoOther()
    {
        var company = app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        var key = (await company.IssueApiKeyAsync("shared")).Key;
        var otherKey = (await company.IssueApiKeyAsync("other")).Key;
        var (phone, laptop, colleague) = (app.Browser(), app.Browser(), app.Browser());
        (await DashboardForms.SignInAsync(phone, key)).Dispose();
        (await DashboardForms.SignInAsync(laptop, key)).Dispose();
        (await DashboardForms.SignInAsync(colleague, otherKey)).Dispose();

        (await SignOutAsync(phone)).Dispose();
        using var onLaptop = await laptop.GetAsync(new Uri("/calls", UriKind.Relative));
        using var forColleague = await colleague.GetAsync(new Uri("/calls", UriKind.Relative));
        (await DashboardForms.SignInAsync(phone, key)).Dispose();
        using var signedInAgain = await phone.GetAsync(new Uri("/calls", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, onLaptop.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forColleague.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedInAgain.StatusCode);
    }

    [Fact]
    public async Task AKeyRevokedAndRegisteredAgainDoesNotReviveItsOldSessions()
    {
        var company = app.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default);
        var key = $"ck_revived_{Guid.NewGuid():N}";
        await company.RegisterApiKeyAsync("revived", key, "revived");
        using var signIn = await DashboardForms.SignInAsync(app.Browser(), key);
        var cookie = SessionCookie(signIn).Split(';')[0];

        await company.RevokeApiKeyAsync("revived");
        await company.RegisterApiKeyAsync("revived", key, "revived");
        using var replayed = await Replay(cookie).GetAsync(new Uri("/calls", UriKind.Relative));
        var fresh = app.Browser();
        (await DashboardForms.SignInAsync(fresh, key)).Dispose();
        using var signedInAgain = await fresh.GetAsync(new Uri("/calls", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedInAgain.StatusCode);
    }

    [Fact]
    public async Task DashboardPagesAllowNothingFromElsewhereAndCannotBeFramed()
    {
        using var response = await app.Browser().GetAsync(new Uri("/signin", UriKind.Relative));

        Assert.Equal(DashboardSecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.StartsWith("default-src 'self';", DashboardSecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static async Task<HttpResponseMessage> SignOutAsync(HttpClient browser)
    {
        var token = await DashboardForms.AntiforgeryTokenAsync(browser, "/signout");
        return await browser.PostAsync(new Uri("/signout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>A client of its own (no cookie jar) that sends <paramref name="cookie"/> as captured: what an attacker holding it would do.</summary>
    private HttpClient Replay(string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static string SessionCookie(HttpResponseMessage signIn)
    {
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{DashboardAuthentication.CookieName}=", StringComparison.Ordinal));
    }
}

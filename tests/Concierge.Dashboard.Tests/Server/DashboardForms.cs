using System.Net;
using System.Text.RegularExpressions;
using Concierge.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>The dashboard's server side as a browser meets it: cookies kept, redirects shown, forms posted with their antiforgery token.</summary>
public static partial class DashboardForms
{
    /// <summary>A client that keeps cookies and shows redirects instead of following them; over HTTPS when asked.</summary>
    public static HttpClient Browser(this ConciergeAppFactory app, bool https = false) =>
        app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });

    /// <summary>Signs <paramref name="browser"/> in through the form, as a person would; returns the answer to the form's post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string key = ConciergeAppFactory.OwnerApiKey, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(browser, "/signin");
        var fields = new Dictionary<string, string> { ["key"] = key, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await browser.PostAsync(new Uri("/signin", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/> (the matching cookie lands in the client's jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TokenField().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

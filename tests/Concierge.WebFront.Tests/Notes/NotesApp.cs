using System.Net;
using System.Text.Json;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Notes;

/// <summary>
/// The app with a fake Twilio REST API (replies recorded, media served behind Basic auth) and short retry and sweep
/// periods. Each test makes a company of its own, with its own Twilio number and sender.
/// </summary>
public class NotesApp : ConciergeAppFactory, IAsyncLifetime
{
    public const int MaxMediaBytes = 4096;

    public FakeTwilioApi Twilio { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Twilio = await FakeTwilioApi.StartAsync(authToken: AuthToken);
        Settings["Concierge:Twilio:AccountSid"] = FakeTwilioApi.AccountSid;
        Settings["Concierge:Twilio:ApiBaseUrl"] = Twilio.BaseUrl.ToString();
        Settings["Concierge:Notes:RetrySeconds"] = "0.2";
        Settings["Concierge:Notes:SweepSeconds"] = "1";
        Settings["Concierge:Notes:MaxMediaBytes"] = MaxMediaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Concierge:Notes:LinkMinutes"] = "5";
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Twilio.DisposeAsync();
    }

    /// <summary>A new company with a Twilio number, one authorised sender, and an API key.</summary>
    public Task<NotesCompany> NewCompanyAsync() => NewCompanyAsync(this);

    /// <inheritdoc cref="NewCompanyAsync()"/>
    /// <param name="languages">The company's languages (BCP-47); by default the API's default.</param>
    public static async Task<NotesCompany> NewCompanyAsync(WebApplicationFactory<Program> app, params string[] languages)
    {
        using var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        var id = $"notes-{Guid.NewGuid():N}"[..20];
        var number = TestPhones.Next();
        var sender = TestPhones.Next();
        await (await admin.PostJsonAsync("/api/companies", languages.Length == 0
            ? new { id, name = "Carter Heating", twilioNumbers = new[] { number } }
            : (object)new { id, name = "Carter Heating", twilioNumbers = new[] { number }, languages })).JsonAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/companies/{id}/senders", new { phone = sender, name = "Sam" })).JsonAsync(HttpStatusCode.Created);
        var key = (await (await admin.PostJsonAsync($"/api/companies/{id}/keys", new { label = "notes" })).JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        return new NotesCompany(id, number, sender, api);
    }

    /// <summary>Posts Twilio's inbound-message webhook, signed as Twilio signs it.</summary>
    public Task<HttpResponseMessage> SendMessageAsync(string messageSid, string from, string to, string body, params (Uri Url, string ContentType)[] media) =>
        SendMessageAsync(this, messageSid, from, to, body, media);

    /// <inheritdoc cref="SendMessageAsync(string, string, string, string, ValueTuple{Uri, string}[])"/>
    public static async Task<HttpResponseMessage> SendMessageAsync(
        WebApplicationFactory<Program> app, string messageSid, string from, string to, string body, params (Uri Url, string ContentType)[] media)
    {
        using var client = app.CreateClient();
        return await NotesDriver.SendAsync(client, Account, messageSid, from, to, body, media);
    }

    /// <summary>The note as the API shows it once it is no longer <c>received</c> (processing finished, or it waits, failed or was refused).</summary>
    public static Task<JsonElement> SettledNoteAsync(HttpClient api, string messageSid) => NotesDriver.SettledAsync(api, messageSid, TimeSpan.FromSeconds(20));

    public static string NewMessageSid() => $"SM{Guid.NewGuid():N}";
}

public sealed record NotesCompany(string Id, string Number, string Sender, HttpClient Api);

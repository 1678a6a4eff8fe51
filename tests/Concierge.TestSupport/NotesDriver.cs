using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concierge.Grains.Interfaces.Twilio;
using Concierge.Simulator.Protocol;

namespace Concierge.TestSupport;

/// <summary>
/// The notes side of a running Concierge, driven as its users drive it: an operator making a company with an authorised
/// sender and an API key (admin API), Twilio posting inbound messages signed with the account's token, and the company
/// reading notes back (data API).
/// </summary>
public sealed class NotesDriver(HttpClient http, TwilioAccount account, string adminKey)
{
    /// <summary>An admin key long enough for Production, where the app as a process runs.</summary>
    public const string ProcessAdminKey = "notes-admin-key-0123456789abcdefghijklmnop";

    /// <summary>
    /// Environment variables for the app as a process taking notes on SQLite (<paramref name="databaseFile"/>), with the
    /// fake Twilio REST API and the fake OpenAI transcription endpoint, and short retry and sweep periods.
    /// </summary>
    public static Dictionary<string, string> ProcessEnvironment(string databaseFile, FakeTwilioApi twilio, FakeChatCompletionsServer openAi)
    {
        ArgumentNullException.ThrowIfNull(twilio);
        ArgumentNullException.ThrowIfNull(openAi);
        var environment = ConciergeEnvironment.Sqlite(databaseFile);
        environment["Concierge__AdminKey"] = ProcessAdminKey;
        environment["Concierge__Twilio__AccountSid"] = FakeTwilioApi.AccountSid;
        environment["Concierge__Twilio__ApiBaseUrl"] = twilio.BaseUrl.ToString();
        environment["Concierge__Transcription__Model"] = "gpt-4o-mini-transcribe";
        environment["Concierge__Transcription__Endpoint"] = new Uri(openAi.BaseAddress, "v1").ToString();
        environment["Concierge__Transcription__ApiKey"] = "sk-test-transcription";
        environment["Concierge__Notes__RetrySeconds"] = "0.5";
        environment["Concierge__Notes__SweepSeconds"] = "1";
        return environment;
    }

    /// <summary>A driver for the app as a process at <paramref name="http"/>'s base address, run with <see cref="ProcessEnvironment"/>.</summary>
    public static NotesDriver ForProcess(HttpClient http) =>
        new(http, new TwilioAccount(ConciergeEnvironment.PublicBaseUrl, ConciergeEnvironment.AuthToken), ProcessAdminKey);

    /// <summary>A new company answering on <paramref name="twilioNumber"/>, with one sender and an API key.</summary>
    public async Task<NotesTenant> NewCompanyAsync(string twilioNumber)
    {
        var id = $"notes-{Guid.NewGuid():N}"[..20];
        var sender = TestPhones.Next();
        await AdminPostAsync("/api/companies", new { id, name = "Carter Heating", twilioNumbers = new[] { twilioNumber } });
        await AdminPostAsync($"/api/companies/{id}/senders", new { phone = sender, name = "Sam" });
        var key = (await AdminPostAsync($"/api/companies/{id}/keys", new { label = "notes" })).GetProperty("key").GetString()!;
        return new NotesTenant(id, twilioNumber, sender, key);
    }

    /// <summary>Twilio's inbound-message webhook, signed as Twilio signs it, with each media item's URL and type.</summary>
    public Task<HttpResponseMessage> SendAsync(string messageSid, string from, string to, string body, params (Uri Url, string ContentType)[] media) =>
        SendAsync(http, account, messageSid, from, to, body, media);

    /// <inheritdoc cref="SendAsync(string, string, string, string, ValueTuple{Uri, string}[])"/>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, TwilioAccount account, string messageSid, string from, string to, string body, params (Uri Url, string ContentType)[] media)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(media);
        var form = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", messageSid), new("AccountSid", FakeTwilioApi.AccountSid), new("From", from), new("To", to), new("Body", body),
            new("NumMedia", media.Length.ToString(CultureInfo.InvariantCulture)),
        };
        for (var i = 0; i < media.Length; i++)
        {
            form.Add(new($"MediaUrl{i}", media[i].Url.ToString()));
            form.Add(new($"MediaContentType{i}", media[i].ContentType));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/twilio/message", UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, account.Sign("/twilio/message", form));
        return await http.SendAsync(request);
    }

    /// <summary>
    /// The note as the data API shows it once it is no longer <c>received</c>, or as it is at <paramref name="timeout"/>;
    /// <paramref name="api"/> carries the company's key.
    /// </summary>
    public static async Task<JsonElement> SettledAsync(HttpClient api, string messageSid, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(api);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await api.GetAsync(new Uri($"/api/notes/{messageSid}", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET /api/notes/{messageSid}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            var note = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (note.GetProperty("status").GetString() != "received" || DateTime.UtcNow > deadline)
            {
                return note;
            }

            await Task.Delay(50);
        }
    }

    private async Task<JsonElement> AdminPostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", adminKey);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>A company made by <see cref="NotesDriver"/>: its Twilio number, its authorised sender and its API key.</summary>
public sealed record NotesTenant(string Id, string Number, string Sender, string ApiKey);

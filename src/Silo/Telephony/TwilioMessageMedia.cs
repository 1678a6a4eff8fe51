using System.Net.Http.Headers;
using System.Text;
using Concierge.Grains.Interfaces.Notes;
using Concierge.Grains.Notes;
using Concierge.Silo.Twilio;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Telephony;

/// <summary>
/// Downloads a message's media from Twilio (<c>MediaUrl{N}</c>) with HTTP Basic auth (AccountSid:AuthToken), through the
/// Twilio HttpClient (retries of a GET, the configurable API base). Only audio is taken, up to
/// <c>Concierge:Notes:MaxMediaBytes</c>; the body is read no further than that.
/// </summary>
public sealed class TwilioMessageMedia(IHttpClientFactory httpClients, IOptionsMonitor<TwilioOptions> twilio, IOptions<NotesOptions> notes) : IMessageMedia
{
    /// <summary>The audio types WhatsApp and MMS voice notes arrive in, with the extension their artifact gets.</summary>
    private static readonly Dictionary<string, string> AudioTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["audio/ogg"] = "ogg",
        ["audio/opus"] = "opus",
        ["audio/amr"] = "amr",
        ["audio/mpeg"] = "mp3",
        ["audio/mp3"] = "mp3",
        ["audio/mp4"] = "m4a",
        ["audio/aac"] = "aac",
        ["audio/webm"] = "webm",
        ["audio/wav"] = "wav",
        ["audio/x-wav"] = "wav",
        ["audio/3gpp"] = "3gp",
    };

    public string? RefusalOf(string contentType) =>
        AudioTypes.ContainsKey(MediaType(contentType)) ? null : $"only text and voice notes are kept ({MediaType(contentType)} is neither).";

    public async Task<FetchedMedia> FetchAsync(NoteMedia media, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(media);
        var account = twilio.CurrentValue;
        if (!IsTwilios(media.Url, account.ApiBaseUrl))
        {
            // The request carries the account's credentials: only to Twilio (or the configured API base), never elsewhere.
            throw new MediaRefusedException("the media is not on Twilio.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, media.Url);
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account.AccountSid}:{account.AuthToken}")));
        using var response = await httpClients.CreateClient(TwilioTelephony.HttpClientName)
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();

        var contentType = response.Content.Headers.ContentType?.MediaType ?? media.ContentType;
        if (RefusalOf(contentType) is { } refusal)
        {
            throw new MediaRefusedException(refusal);
        }

        var limit = notes.Value.MaxMediaBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            throw new MediaRefusedException(TooLarge(limit));
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > limit)
            {
                throw new MediaRefusedException(TooLarge(limit)); // no Content-Length, or a false one: stop reading at the limit
            }

            content.Write(buffer, 0, read);
        }

        return new FetchedMedia(content.ToArray(), MediaType(contentType), AudioTypes[MediaType(contentType)]);
    }

    private static bool IsTwilios(Uri url, Uri apiBase) =>
        url.Host.Equals(apiBase.Host, StringComparison.OrdinalIgnoreCase) || url.Host.Equals("twilio.com", StringComparison.OrdinalIgnoreCase)
        || url.Host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase);

    private static string TooLarge(long limit) => $"the voice note is larger than {limit / (1024 * 1024.0):0.#} MB.";

    private static string MediaType(string contentType) => contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
}

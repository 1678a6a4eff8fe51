using System.Net;
using Concierge.Silo.Twilio;

namespace Concierge.WebFront.Tests.Calls;

/// <summary>One call as Twilio would drive it: form posts signed with the account's auth token over the public URL.</summary>
public sealed class TwilioCall(HttpClient http, string from)
{
    public string CallSid { get; } = $"CA{Guid.NewGuid():N}";

    public string From { get; } = from;

    public Task<Twiml> RingAsync(string to = ConciergeAppFactory.TwilioNumber) =>
        PostTwimlAsync("/twilio/voice", ("From", From), ("To", to), ("CallStatus", "ringing"), ("Direction", "inbound"));

    public Task<Twiml> SayAsync(string speech, double confidence = 0.92) =>
        PostTwimlAsync("/twilio/gather", ("SpeechResult", speech), ("Confidence", confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The Gather timed out with nothing heard: Twilio follows the Redirect with no SpeechResult.</summary>
    public Task<Twiml> StaySilentAsync() => PostTwimlAsync("/twilio/gather");

    public Task<Twiml> DialEndsAsync(string dialCallStatus, bool bridged, int duration = 0) =>
        PostTwimlAsync("/twilio/dial-result", ("DialCallStatus", dialCallStatus), ("DialBridged", bridged ? "true" : "false"), ("DialCallDuration", duration.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public Task<Twiml> OwnerAnswersAsync() => PostTwimlAsync($"/twilio/whisper?call={CallSid}", ("ParentCallSid", CallSid));

    public Task<Twiml> OwnerPressesAsync(string digits) => PostTwimlAsync($"/twilio/whisper?call={CallSid}", ("ParentCallSid", CallSid), ("Digits", digits));

    public Task<HttpResponseMessage> HangUpAsync(int duration) =>
        PostAsync("/twilio/status", [("CallStatus", "completed"), ("CallDuration", duration.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    public async Task<Twiml> PostTwimlAsync(string pathAndQuery, params (string Key, string Value)[] fields)
    {
        using var response = await PostAsync(pathAndQuery, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pathAndQuery} answered {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/xml", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return Twiml.Parse(body);
    }

    /// <summary>Posts the call's fields plus <paramref name="fields"/>, signed as Twilio signs (or with <paramref name="signature"/> as given).</summary>
    public async Task<HttpResponseMessage> PostAsync(string pathAndQuery, IEnumerable<(string Key, string Value)> fields, string? signature = null)
    {
        var form = new List<KeyValuePair<string, string>> { new("CallSid", CallSid), new("AccountSid", "AC0123456789abcdef0123456789abcdef"), new("From", From) };
        form.AddRange(fields.Where(f => f.Key != "From").Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        var publicUrl = ConciergeAppFactory.PublicBaseUrl.ToString().TrimEnd('/') + pathAndQuery;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, signature ?? TwilioSignature.Sign(publicUrl, form, ConciergeAppFactory.AuthToken));
        return await http.SendAsync(request);
    }
}

using System.Net;
using Concierge.Silo.Twilio;
using Xunit;

namespace Concierge.TestSupport;

/// <summary>
/// One call as Twilio would drive it: form posts signed with the account's <paramref name="authToken"/> over the app's
/// <paramref name="publicBaseUrl"/> (what the app is configured to believe Twilio calls), sent through <paramref name="http"/>.
/// </summary>
public sealed class TwilioCall(HttpClient http, string from, Uri publicBaseUrl, string authToken)
{
    /// <summary>The Twilio number a call rings unless the test names another.</summary>
    public const string DefaultCalledNumber = "+18005550000";

    public string CallSid { get; } = $"CA{Guid.NewGuid():N}";

    public string From { get; } = from;

    public Task<Twiml> RingAsync(string to = DefaultCalledNumber) =>
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
        var publicUrl = publicBaseUrl.ToString().TrimEnd('/') + pathAndQuery;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioSignature.HeaderName, signature ?? TwilioSignature.Sign(publicUrl, form, authToken));
        return await http.SendAsync(request);
    }
}

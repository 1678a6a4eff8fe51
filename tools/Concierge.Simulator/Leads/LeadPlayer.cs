using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concierge.Simulator.Calls;
using Concierge.Simulator.Protocol;

namespace Concierge.Simulator.Leads;

/// <summary>
/// Plays one lead end to end: hands the lead to the concierge through <c>/api/leads</c>, waits for the concierge to place
/// its call (the CallSid its Twilio REST endpoint gave, read back from the lead), then plays Twilio and the person on
/// that call's webhooks: answered by a human, the company's questions answered one by one (or "stop calling me"), the
/// final status callback. Returns the lead as the API shows it at the end.
/// </summary>
/// <param name="api">Sends to the concierge with the company's API key.</param>
/// <param name="webhooks">Sends to the concierge as Twilio does (no key).</param>
public sealed class LeadPlayer(HttpClient api, HttpClient webhooks, TwilioAccount account, TimeSpan patience)
{
    /// <summary>The most questions a call may ask before the simulator calls it a loop.</summary>
    private const int MaxTurns = 50;

    public async Task<LeadResult> PlayAsync(string phone, bool stop, CancellationToken cancellationToken)
    {
        var settings = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/lead-settings", UriKind.Relative), cancellationToken);
        var questions = settings.GetProperty("questions").EnumerateArray().ToList();
        using var created = await api.PostAsJsonAsync(new Uri("/api/leads", UriKind.Relative), new
        {
            name = "Simulated Lead",
            phone,
            source = "simulator",
            consent = new { given = true, at = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"), text = "I agree to be called about my request." },
        }, cancellationToken);
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new UnexpectedWebhookResponseException($"/api/leads answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var lead = await created.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var id = lead.GetProperty("id").GetString()!;
        var placed = await WhenAsync(id, l => CallSid(l) is not null, cancellationToken);
        var call = new SimulatedCall(webhooks, account, placed.GetProperty("attempts")[0].GetProperty("from").GetString()!, phone, callSid: CallSid(placed));
        var said = new List<string>();
        var twiml = await call.PostTwimlAsync($"/twilio/lead/voice?lead={id}", [("AnsweredBy", "human"), ("Direction", "outbound-api")], cancellationToken);
        for (var turn = 0; twiml.Listens && turn < MaxTurns; turn++)
        {
            var answer = stop ? LeadAnswers.Stop : LeadAnswers.ForPrompt(twiml.Spoken, questions);
            said.Add(answer);
            var action = account.PathAndQueryOf(twiml.Gather!.Attribute("action")!.Value);
            twiml = await call.PostTwimlAsync(action, [("SpeechResult", answer), ("Confidence", "0.93"), ("Direction", "outbound-api")], cancellationToken);
        }

        using var ended = await call.PostAsync(
            $"/twilio/lead/status?lead={id}", [("CallStatus", "completed"), ("AnsweredBy", "human"), ("Direction", "outbound-api")], cancellationToken: cancellationToken);
        var final = await WhenAsync(id, l => l.GetProperty("status").GetString() is not ("new" or "scheduled" or "calling"), cancellationToken);
        return new LeadResult(id, final.GetProperty("status").GetString()!, final.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetInt32() : null, said);
    }

    private static string? CallSid(JsonElement lead) =>
        lead.GetProperty("attempts") is { ValueKind: JsonValueKind.Array } attempts && attempts.GetArrayLength() > 0
        && attempts[0].GetProperty("callSid") is { ValueKind: JsonValueKind.String } sid ? sid.GetString() : null;

    /// <summary>The lead once <paramref name="until"/> holds; a timeout when it does not within the patience given.</summary>
    private async Task<JsonElement> WhenAsync(string id, Func<JsonElement, bool> until, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var lead = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/leads/{id}", UriKind.Relative), cancellationToken);
            if (until(lead))
            {
                return lead;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Lead {id} stayed {lead.GetProperty("status").GetString()} for {patience.TotalSeconds:0} s (is a call due, within the company's calling hours, and does the concierge's Twilio REST endpoint accept calls?).");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}

/// <summary>How a simulated lead ended: its status (qualified, declined…), its score when it has one, and what the lead said.</summary>
public sealed record LeadResult(string LeadId, string Status, int? Score, IReadOnlyList<string> Said);

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Concierge.Grains.Interfaces.Email;
using Concierge.Grains.Interfaces.Leads;

namespace Concierge.Grains.Leads;

/// <summary>
/// What a lead's outcome says to a person (the e-mail) and to the company's systems (the webhook's JSON). Everything the
/// lead or the company typed is data: HTML-escaped in the HTML body, and stripped of line breaks and other control
/// characters wherever it lands in a header (the subject), so a name or notes carrying markup or CR/LF stays inert.
/// </summary>
public static class LeadOutcomeMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The webhook's event for <paramref name="outcome"/>: <c>lead.qualified</c>, <c>lead.declined</c>, <c>lead.unreachable</c>.</summary>
    public static string EventType(string outcome) => $"lead.{outcome}";

    /// <summary>One delivery per lead and outcome: enqueueing it again (a retried step) is the same delivery.</summary>
    public static string DeliveryId(string leadId, string outcome) => $"{leadId}-{outcome}";

    /// <summary>The e-mail's Message-Id (before the sender adds its domain): the same for every send of one outcome.</summary>
    public static string MessageId(string leadId, string outcome) => $"{leadId}.{outcome}";

    public static EmailMessage Email(LeadRecord lead, IReadOnlyList<string> to)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var subject = Inline($"Lead {lead.Status}: {Named(lead)}" + (lead.Score is { } score ? $" (score {score}, {lead.Tier})" : ""));
        var rows = Facts(lead);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body><h1>").Append(Html(subject)).Append("</h1><table>");
        foreach (var (label, value) in rows)
        {
            html.Append("<tr><th align=\"left\">").Append(Html(label)).Append("</th><td>").Append(Html(value)).Append("</td></tr>");
        }

        html.Append("</table>");
        if (lead.Answers.Count > 0)
        {
            html.Append("<h2>Answers</h2><ul>");
            foreach (var answer in lead.Answers)
            {
                html.Append("<li>").Append(Html(answer.Question)).Append(" <b>").Append(Html(answer.Answer ?? "(no answer)")).Append("</b></li>");
            }

            html.Append("</ul>");
        }

        html.Append("</body></html>");
        var text = new StringBuilder().AppendLine(subject).AppendLine();
        foreach (var (label, value) in rows)
        {
            text.Append(label).Append(": ").AppendLine(value);
        }

        foreach (var answer in lead.Answers)
        {
            text.Append("- ").Append(answer.Question).Append(' ').AppendLine(answer.Answer ?? "(no answer)");
        }

        return new EmailMessage(MessageId(lead.LeadId, lead.Status), to, subject, html.ToString(), text.ToString());
    }

    /// <summary>The webhook's body: the lead's result as JSON.</summary>
    public static string WebhookBody(LeadRecord lead, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(lead);
        return JsonSerializer.Serialize(
            new
            {
                @event = EventType(lead.Status),
                leadId = lead.LeadId,
                status = lead.Status,
                name = lead.Name,
                phone = lead.Phone,
                email = lead.Email,
                source = lead.Source,
                score = lead.Score,
                tier = lead.Tier,
                summary = lead.Summary,
                nextStep = lead.NextStep,
                answers = lead.Answers.Select(a => new { question = a.Question, answer = a.Answer, confidence = a.Confidence }),
                attempts = lead.Attempts.Count,
                at,
            },
            Json);
    }

    private static List<(string Label, string Value)> Facts(LeadRecord lead)
    {
        var facts = new List<(string, string)> { ("Outcome", lead.Status), ("Name", Named(lead)), ("Phone", lead.Phone) };
        Add(facts, "E-mail", lead.Email);
        Add(facts, "Source", lead.Source);
        Add(facts, "Score", lead.Score?.ToString(CultureInfo.InvariantCulture));
        Add(facts, "Tier", lead.Tier);
        Add(facts, "Summary", lead.Summary);
        Add(facts, "Next step", lead.NextStep);
        Add(facts, "Notes", lead.Notes);
        facts.Add(("Calls placed", lead.Attempts.Count.ToString(CultureInfo.InvariantCulture)));
        return facts;
    }

    private static void Add(List<(string, string)> facts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add((label, value));
        }
    }

    private static string Named(LeadRecord lead) => lead.Name.Length > 0 ? lead.Name : "(erased)";

    private static string Html(string value) => WebUtility.HtmlEncode(value).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>One line: control characters (CR, LF, tab…) become spaces, so nothing typed can start a header.</summary>
    private static string Inline(string value) => string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c));
}

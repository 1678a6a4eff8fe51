using System.Globalization;
using Concierge.Grains.Interfaces.Notes;

namespace Concierge.WebFront.Twilio;

/// <summary>The fields of Twilio's inbound SMS/WhatsApp webhook that a note needs, read from the cleaned form.</summary>
public sealed record TwilioMessageForm(string MessageSid, string From, string To, string Body, IReadOnlyList<NoteMedia> Media)
{
    /// <summary>More media than a WhatsApp or MMS message can carry is not Twilio's.</summary>
    public const int MaxMedia = 10;

    /// <summary>The message's fields, or the errors by field name (missing MessageSid/From/To, a malformed Sid or media URL).</summary>
    public static (TwilioMessageForm? Form, Dictionary<string, string[]> Errors) Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string[]>();
        foreach (var field in new[] { "MessageSid", "From", "To" })
        {
            if (string.IsNullOrWhiteSpace(form[field]))
            {
                errors[field] = [$"{field} is required."];
            }
        }

        var messageSid = form["MessageSid"].ToString();
        if (messageSid.Length > 0 && !TwilioWebhook.IsSid(messageSid))
        {
            errors["MessageSid"] = ["MessageSid must be 2 to 64 letters, digits, '-' or '_'."];
        }

        var count = int.TryParse(form["NumMedia"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (count > MaxMedia)
        {
            errors["NumMedia"] = [$"NumMedia must be at most {MaxMedia}."];
        }

        var media = new List<NoteMedia>();
        for (var i = 0; i < Math.Min(count, MaxMedia); i++)
        {
            if (Uri.TryCreate(form[$"MediaUrl{i}"], UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            {
                media.Add(new NoteMedia(url, form[$"MediaContentType{i}"].ToString()));
            }
            else
            {
                errors[$"MediaUrl{i}"] = [$"MediaUrl{i} must be an absolute http(s) URL."];
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new TwilioMessageForm(messageSid, form["From"].ToString().Trim(), form["To"].ToString().Trim(), form["Body"].ToString().Trim(), media), errors);
    }
}

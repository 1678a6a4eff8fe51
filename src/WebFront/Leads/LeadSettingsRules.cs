using System.Globalization;
using System.Net.Mail;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Grains.Interfaces.Leads;
using Concierge.WebFront.Api;

namespace Concierge.WebFront.Leads;

/// <summary>What a company's lead settings must be: the one set of rules and messages for the REST API (and, later, the dashboard).</summary>
public static class LeadSettingsRules
{
    public const int MaxQuestions = 20;
    public const int MaxOptions = 10;
    public const int MaxNotifyEmails = 10;

    /// <summary>The settings <paramref name="input"/> describes (and its do-not-call list, null when omitted); null settings, with field errors, when invalid.</summary>
    public static (LeadSettings? Settings, IReadOnlyList<string>? DoNotCall) Validate(LeadSettingsInput input, string region, Validation validation)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(validation);
        var questions = Questions(input.Questions ?? [], validation);
        var hours = Hours(input.CallingHours, validation);
        var attempts = input.MaxAttempts ?? LeadSettings.Default.MaxAttempts;
        if (attempts is < 1 or > 10)
        {
            validation.Add("maxAttempts", "maxAttempts must be from 1 to 10.");
        }

        var retry = input.RetryMinutes ?? LeadSettings.Default.RetryMinutes;
        if (retry is < 1 or > 1440)
        {
            validation.Add("retryMinutes", "retryMinutes must be from 1 to 1440 (a day).");
        }

        var message = validation.Optional("machineMessage", input.MachineMessage, 500);
        var emails = Emails(input.NotifyEmails ?? [], validation);
        var consentText = validation.Optional("consentText", input.ConsentText, 1000, multiline: true);
        var doNotCall = input.DoNotCall is null ? null : DoNotCall(input.DoNotCall, region, validation);
        return validation.IsValid ? (new LeadSettings(questions, hours!, attempts, retry, message, emails, consentText), doNotCall) : (null, null);
    }

    private static List<LeadQuestion> Questions(IReadOnlyList<LeadQuestionInput?> given, Validation validation)
    {
        if (given.Count > MaxQuestions)
        {
            validation.Add("questions", $"questions may list at most {MaxQuestions} questions.");
            return [];
        }

        var questions = new List<LeadQuestion>();
        for (var i = 0; i < given.Count; i++)
        {
            var field = $"questions[{i}]";
            if (given[i] is not { } question)
            {
                validation.Add(field, $"{field} must be an object with text and kind.");
                continue;
            }

            var text = validation.Required($"{field}.text", question.Text, 300);
            var kind = validation.OneOf($"{field}.kind", question.Kind ?? LeadQuestionKinds.FreeText, LeadQuestionKinds.All);
            var options = Options(field, kind, question.Options ?? [], validation);
            if (text is not null && kind is not null && options is not null)
            {
                questions.Add(new LeadQuestion(text, kind, options, question.Required ?? true));
            }
        }

        return questions;
    }

    private static List<string>? Options(string field, string? kind, IReadOnlyList<string?> given, Validation validation)
    {
        if (kind != LeadQuestionKinds.Choice)
        {
            if (given.Count > 0)
            {
                validation.Add($"{field}.options", $"{field}.options are for choice questions only.");
                return null;
            }

            return [];
        }

        if (given.Count is < 2 or > MaxOptions)
        {
            validation.Add($"{field}.options", $"{field}.options must list from 2 to {MaxOptions} answers.");
            return null;
        }

        var options = given.Select((option, j) => validation.Required($"{field}.options[{j}]", option, 100)).ToList();
        if (options.Any(o => o is null))
        {
            return null;
        }

        if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            validation.Add($"{field}.options", $"{field}.options lists an answer twice.");
            return null;
        }

        return options!;
    }

    private static CallingHours? Hours(CallingHoursInput? input, Validation validation)
    {
        if (input is null)
        {
            return CallingHours.Default;
        }

        var days = (input.Days ?? CallingHours.Default.Days).Select(d => d?.Trim().ToLowerInvariant()).ToList();
        if (days.Count == 0 || days.Any(d => d is null || !CallingHours.Weekdays.Contains(d)) || days.Distinct().Count() != days.Count)
        {
            validation.Add("callingHours.days", $"callingHours.days must list days once each, from: {string.Join(", ", CallingHours.Weekdays)}.");
        }

        var from = Time(validation, "callingHours.from", input.From ?? CallingHours.Default.From);
        var to = Time(validation, "callingHours.to", input.To ?? CallingHours.Default.To);
        if (from is not null && to is not null && from >= to)
        {
            validation.Add("callingHours.to", "callingHours.to must be after callingHours.from (hours do not run past midnight).");
        }

        string? zone = null;
        if (input.TimeZone is not null)
        {
            zone = CompanyTimeZone.Find(input.TimeZone)?.Id;
            if (zone is null)
            {
                validation.Add("callingHours.timeZone", $"callingHours.timeZone '{input.TimeZone}' is not a time zone: use an IANA id such as Europe/Paris, or leave it out for the company's.");
            }
        }

        // Days in the week's order, whatever order they came in.
        return validation.IsValid ? new CallingHours([.. CallingHours.Weekdays.Where(days.Contains)], Format(from!.Value), Format(to!.Value), zone) : null;
    }

    private static TimeOnly? Time(Validation validation, string field, string value)
    {
        if (TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        validation.Add(field, $"{field} must be a time of day as HH:mm, such as 09:00.");
        return null;
    }

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static List<string> Emails(IReadOnlyList<string?> given, Validation validation)
    {
        if (given.Count > MaxNotifyEmails)
        {
            validation.Add("notifyEmails", $"notifyEmails may list at most {MaxNotifyEmails} addresses.");
            return [];
        }

        var emails = given.Select((email, i) => Email(validation, $"notifyEmails[{i}]", email)).OfType<string>().ToList();
        if (emails.Distinct(StringComparer.OrdinalIgnoreCase).Count() != emails.Count)
        {
            validation.Add("notifyEmails", "notifyEmails lists an address twice.");
        }

        return emails;
    }

    /// <summary>A bare e-mail address (no display name), at most 254 characters; null, with an error, otherwise.</summary>
    public static string? Email(Validation validation, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var text = validation.Required(field, value, 254);
        if (text is null)
        {
            return null;
        }

        // The parsed address must be the whole input: "Sam <sam@example.com>" or a list would otherwise pass.
        if (MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal))
        {
            return text;
        }

        validation.Add(field, $"{field} must be an e-mail address such as sales@example.com.");
        return null;
    }

    private static List<string> DoNotCall(IReadOnlyList<string?> given, string region, Validation validation)
    {
        if (given.Count > LeadConfiguration.MaxDoNotCall)
        {
            validation.Add("doNotCall", $"doNotCall may list at most {LeadConfiguration.MaxDoNotCall} numbers.");
            return [];
        }

        return [.. given.Select((phone, i) => validation.Phone($"doNotCall[{i}]", phone, region)).OfType<string>().Distinct()];
    }
}

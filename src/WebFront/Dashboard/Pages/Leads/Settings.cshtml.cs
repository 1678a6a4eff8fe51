using Concierge.Grains.Interfaces.Leads;
using Concierge.WebFront.Api;
using Concierge.WebFront.Leads;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Leads;

/// <summary>
/// The questions a lead is asked and the hours they may be called, saved with <c>/api/lead-settings</c>'s rules; the other
/// lead settings (attempts, machine message, e-mails, consent wording, do-not-call list) are kept as they are.
/// </summary>
public sealed class LeadSettingsModel(IGrainFactory grains) : DashboardPage
{
    /// <summary>Empty rows offered after the questions, to add new ones.</summary>
    public const int BlankRows = 2;

    [BindProperty]
    public List<QuestionFields> Questions { get; set; } = [];

    [BindProperty]
    public List<string> Days { get; set; } = [];

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var settings = (await SettingsGrain.GetAsync()).Settings;
        Questions = [.. settings.Questions.Select(q => new QuestionFields { Text = q.Text, Kind = q.Kind, Options = string.Join(", ", q.Options), Required = q.Required })];
        Days = [.. settings.Hours.Days];
        (From, To, TimeZone) = (settings.Hours.From, settings.Hours.To, settings.Hours.TimeZone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Rows left blank are no questions; the rest keep their order, so each message lands on the row it is about.
        Questions = [.. Questions.Where(q => !string.IsNullOrWhiteSpace(q.Text) || !string.IsNullOrWhiteSpace(q.Options))];
        var current = (await SettingsGrain.GetAsync()).Settings;
        var input = new LeadSettingsInput(
            [.. Questions.Select(q => q.ToInput())],
            new CallingHoursInput(Days, From, To, string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone.Trim()),
            current.MaxAttempts, current.RetryMinutes, current.MachineMessage, current.NotifyEmails, null, current.ConsentText);
        var validation = new Validation();
        var (settings, _) = LeadSettingsRules.Validate(input, Settings?.DefaultRegion ?? PhoneDisplay.Us.Region, validation);
        if (settings is null)
        {
            return Invalid(validation);
        }

        await SettingsGrain.ReplaceAsync(settings, null);
        Notice = "The lead questions and calling hours were saved.";
        return RedirectToPage("/Leads/Settings");
    }

    private ILeadSettingsGrain SettingsGrain => grains.GetGrain<ILeadSettingsGrain>(CompanyId);
}

/// <summary>One question row as typed: its choices comma-separated.</summary>
public sealed class QuestionFields
{
    public string? Text { get; set; }

    public string? Kind { get; set; }

    public string? Options { get; set; }

    public bool Required { get; set; }

    public LeadQuestionInput ToInput() =>
        new(Text, Kind, Kind == LeadQuestionKinds.Choice ? [.. (Options ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : null, Required);
}

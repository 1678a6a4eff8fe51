using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Exceptions;

/// <summary>Changes an entry's name, category and note, with the REST API's rules.</summary>
public sealed class EditExceptionModel(IGrainFactory grains) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string Phone { get; set; } = "";

    [BindProperty]
    public ExceptionFields Fields { get; set; } = new();

    public ExceptionEntry? Entry { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Entry = await FindAsync();
        if (Entry is null)
        {
            return Missing();
        }

        Fields = new ExceptionFields { Name = Entry.Name, Category = Entry.Category, Note = Entry.Note };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Entry = await FindAsync();
        if (Entry is null)
        {
            return Missing();
        }

        var validation = new Validation();
        var draft = ExceptionRules.Draft(validation, Entry.Phone, Fields.Name, Fields.Category, Fields.Note);
        if (draft is null)
        {
            return Invalid(validation);
        }

        var updated = await grains.GetGrain<ICompanyGrain>(CompanyId).UpdateExceptionAsync(draft);
        Notice = updated is null ? $"{Entry.Phone} is no longer on the list." : $"{updated.Name} ({updated.Phone}) was saved.";
        return RedirectToPage("/Exceptions/Index");
    }

    private async Task<ExceptionEntry?> FindAsync()
    {
        var phone = await new Validation().CompanyPhoneAsync("phone", Phone, grains, CompanyId);
        return phone is not null && await grains.GetGrain<ICompanyGrain>(CompanyId).GetExceptionAsync(phone) is { Active: true } entry ? entry : null;
    }
}

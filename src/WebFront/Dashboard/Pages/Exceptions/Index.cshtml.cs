using Concierge.Grains.Interfaces.Companies;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Exceptions;

/// <summary>The exception list: add (with the REST API's rules and messages) and remove.</summary>
public sealed class ExceptionsModel(IGrainFactory grains) : DashboardPage
{
    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public ExceptionFields Fields { get; set; } = new();

    public IReadOnlyList<ExceptionEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await ListAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var validation = new Validation();
        var phone = await validation.CompanyPhoneAsync("phone", Phone, grains, CompanyId);
        var draft = ExceptionRules.Draft(validation, phone, Fields.Name, Fields.Category, Fields.Note);
        var change = draft is null ? null : await Company.AddExceptionAsync(draft);
        switch (change)
        {
            case { Kind: ExceptionChangeKind.Added or ExceptionChangeKind.Restored, Entry: { } entry }:
                Notice = $"{entry.Name} ({entry.Phone}) now goes straight through.";
                return RedirectToPage();
            case { Kind: ExceptionChangeKind.Duplicate }:
                validation.Add("phone", ExceptionRules.AlreadyListed(draft!.Phone));
                break;
            case { Kind: ExceptionChangeKind.ListFull }:
                validation.Add("phone", ExceptionRules.ListFull);
                break;
        }

        Entries = await ListAsync();
        return Invalid(validation);
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        var validation = new Validation();
        var phone = await validation.CompanyPhoneAsync("phone", Phone, grains, CompanyId);
        if (phone is not null && await Company.RemoveExceptionAsync(phone))
        {
            Notice = $"{phone} was removed from the list; its calls are screened again.";
        }

        return RedirectToPage();
    }

    private ICompanyGrain Company => grains.GetGrain<ICompanyGrain>(CompanyId);

    private async Task<IReadOnlyList<ExceptionEntry>> ListAsync() => await Company.ListExceptionsAsync(includeInactive: false);
}

using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Silo.Queries;
using Concierge.Silo.Webhooks;
using Concierge.WebFront.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Orleans;

namespace Concierge.WebFront.Dashboard.Pages.Webhooks;

/// <summary>
/// The company's outgoing webhook, as <c>/api/webhook</c> manages it: its address (checked by the same policy), its
/// signing secret made or replaced here and shown that once, and the deliveries newest first with their outcome.
/// </summary>
public sealed class WebhooksModel(IGrainFactory grains, WebhookQueries deliveries, WebhookAddressPolicy policy, WebhookTestEvent test) : DashboardPage
{
    /// <summary>The address as typed, posted as <c>url</c> like the API's field.</summary>
    [BindProperty(Name = "url")]
    public string? Address { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    /// <summary>The address deliveries go to; null when none is set.</summary>
    public Uri? Endpoint { get; private set; }

    public DateTimeOffset? SecretCreatedAt { get; private set; }

    /// <summary>A secret just made: shown on this answer only, since the dashboard never reads it back.</summary>
    public string? NewSecret { get; private set; }

    public IReadOnlyList<WebhookDeliverySummaryRow> Deliveries { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (after, take) = Paging.Read(validation, Cursor, null);
        var status = string.IsNullOrEmpty(Status) ? null : validation.OneOf("status", Status, WebhookDeliveryStatuses.All);
        await LoadEndpointAsync();
        if (!validation.IsValid)
        {
            return Invalid(validation);
        }

        await ShowDeliveriesAsync(status, after, take, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUrlAsync(CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if (WebhookApi.Url(validation, Address, policy) is not { } url)
        {
            await LoadAsync(cancellationToken);
            return Invalid(validation);
        }

        var saved = await EndpointGrain.SetUrlAsync(url);
        if (saved.NewSecret is null)
        {
            Notice = $"Webhooks now go to {saved.Url}.";
            return RedirectToPage();
        }

        NewSecret = saved.NewSecret;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSecretAsync(CancellationToken cancellationToken)
    {
        NewSecret = await EndpointGrain.RotateSecretAsync();
        if (NewSecret is null)
        {
            Notice = "Set a webhook address first: the secret belongs to it.";
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTestAsync()
    {
        Notice = await test.SendAsync(CompanyId) is { } delivery
            ? $"A test event ({delivery.DeliveryId}) is on its way to the address; its outcome shows in the deliveries below."
            : "Set a webhook address first: the test event goes to it.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        await EndpointGrain.RemoveAsync();
        Notice = "Webhook address removed; deliveries not yet sent are skipped.";
        return RedirectToPage();
    }

    public string PageLink(string? cursor)
    {
        var query = new Dictionary<string, string?> { ["status"] = Status, ["cursor"] = cursor };
        return QueryHelpers.AddQueryString("/webhooks", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private IWebhookEndpointGrain EndpointGrain => grains.GetGrain<IWebhookEndpointGrain>(CompanyId);

    private async Task LoadEndpointAsync()
    {
        var endpoint = await EndpointGrain.GetAsync();
        Endpoint = endpoint?.Url;
        SecretCreatedAt = endpoint?.SecretCreatedAt;
        Address ??= Endpoint?.ToString();
    }

    /// <summary>The endpoint and the newest deliveries, for a page answered to a post.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Status = null;
        Cursor = null;
        await LoadEndpointAsync();
        await ShowDeliveriesAsync(null, null, ApiPolicies.DefaultPageSize, cancellationToken);
    }

    private async Task ShowDeliveriesAsync(string? status, PageCursor? after, int take, CancellationToken cancellationToken)
    {
        var page = await deliveries.ListAsync(CompanyId, status, after, take, cancellationToken);
        Deliveries = page.Items;
        NextCursor = page.Next?.Encode();
    }
}

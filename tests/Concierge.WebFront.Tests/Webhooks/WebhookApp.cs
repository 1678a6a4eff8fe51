using System.Net;
using System.Text.Json;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.TestSupport;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Notes;
using Microsoft.AspNetCore.Mvc.Testing;
using Orleans;

namespace Concierge.WebFront.Tests.Webhooks;

/// <summary>
/// The app with a fake webhook receiver on 127.0.0.1 (private addresses allowed for it), short retry and sweep periods
/// and three attempts per delivery. Each test makes a company of its own.
/// </summary>
public sealed class WebhookApp : ConciergeAppFactory, IAsyncLifetime
{
    public const int MaxAttempts = 3;

    public FakeWebhookReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await FakeWebhookReceiver.StartAsync();
        Configure(Settings);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Receiver.DisposeAsync();
    }

    /// <summary>The outbox settings these tests run with.</summary>
    public static void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Concierge:Webhooks:AllowPrivateAddresses"] = "true";
        settings["Concierge:Webhooks:RetrySeconds"] = "0.2";
        settings["Concierge:Webhooks:SweepSeconds"] = "1";
        settings["Concierge:Webhooks:TimeoutSeconds"] = "2";
        settings["Concierge:Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A new company whose webhook endpoint is <paramref name="url"/>; returns it with the signing secret.</summary>
    public static async Task<(NotesCompany Company, string Secret)> CompanyWithEndpointAsync(WebApplicationFactory<Program> app, Uri url, params string[] languages)
    {
        var company = await NotesApp.NewCompanyAsync(app, languages);
        var saved = await (await company.Api.PutJsonAsync("/api/webhook", new { url })).JsonAsync(HttpStatusCode.OK);
        return (company, saved.GetProperty("secret").GetString()!);
    }

    /// <summary>Enqueues a delivery as a feature of the app does.</summary>
    public static Task<WebhookDeliveryRecord> EnqueueAsync(IGrainFactory grains, string companyId, string deliveryId, string body = """{"hello":"world"}""") =>
        grains.GetGrain<IWebhookDeliveryGrain>(WebhookDeliveryKey.For(companyId, deliveryId)).EnqueueAsync(new WebhookDelivery(companyId, deliveryId, "test.event", body));

    /// <summary>The delivery once it is no longer pending (or as it stands after 20 s).</summary>
    public static async Task<WebhookDeliveryRecord> SettledAsync(IGrainFactory grains, string companyId, string deliveryId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var delivery = await grains.GetGrain<IWebhookDeliveryGrain>(WebhookDeliveryKey.For(companyId, deliveryId)).GetAsync();
            if (delivery!.Status != WebhookDeliveryStatuses.Pending || DateTime.UtcNow > deadline)
            {
                return delivery;
            }

            await Task.Delay(50);
        }
    }

    public static JsonElement[] Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];
}

using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Grains.Webhooks;
using Concierge.Silo.Handovers;
using Concierge.Silo.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Hosting;

public static class WebhooksHostingExtensions
{
    /// <summary>
    /// The signed outgoing webhook outbox (<c>Concierge:Webhooks</c>): the sender over its own HttpClient (connections
    /// checked by the address policy), the delivery list queries, and the sweep that resumes deliveries after a restart;
    /// and the handover list, the outbox's first user (handovers themselves are grains).
    /// </summary>
    public static IHostApplicationBuilder AddConciergeWebhooks(this IHostApplicationBuilder builder)
    {
        builder.AddConciergeSettings<WebhookOptions>(WebhookOptions.SectionName, options => options.Validate());
        var services = builder.Services;
        services.AddSingleton<WebhookAddressPolicy>();
        services.AddHttpClient(HttpWebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan) // the sender's own timeout applies
            .ConfigurePrimaryHttpMessageHandler(sp => HttpWebhookSender.Handler(sp.GetRequiredService<WebhookAddressPolicy>()));
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<WebhookQueries>();
        services.AddSingleton<WebhookTestEvent>();
        services.AddHostedService<WebhookSweeper>();
        services.AddSingleton<HandoverQueries>();
        return builder;
    }
}

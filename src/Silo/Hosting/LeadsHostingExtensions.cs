using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Leads;
using Concierge.Silo.Brains;
using Concierge.Silo.Leads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Hosting;

public static class LeadsHostingExtensions
{
    /// <summary>
    /// Outbound lead qualification (<c>Concierge:Leads</c>): the leads queries, the links Twilio calls back on, and the sweep
    /// that resumes leads after a restart; the model that scores a qualified lead after its call when <c>Concierge:Model</c>
    /// names one. Calls go through ITelephony, registered with the Twilio webhooks; outcomes are e-mailed through the SMTP
    /// sender registered here, and posted on the webhook outbox.
    /// </summary>
    public static IHostApplicationBuilder AddConciergeLeads(this IHostApplicationBuilder builder)
    {
        builder.AddConciergeSettings<LeadsOptions>(LeadsOptions.SectionName, options => options.Validate());
        builder.Services.AddSingleton<LeadQueries>();
        builder.Services.AddSingleton<ILeadCallLinks, LeadCallLinks>();
        builder.Services.AddSingleton<ILeadScorer>(sp => sp.GetRequiredService<IOptions<ModelOptions>>().Value.Provider == ModelProvider.Offline
            ? new UnconfiguredLeadScorer()
            : new ModelLeadScorer(
                sp.GetRequiredKeyedService<StrictJsonModel>(BrainServiceCollectionExtensions.AfterCallModel), sp.GetRequiredService<ILogger<ModelLeadScorer>>()));
        builder.Services.AddHostedService<LeadSweeper>();
        builder.AddConciergeEmail();
        return builder;
    }
}

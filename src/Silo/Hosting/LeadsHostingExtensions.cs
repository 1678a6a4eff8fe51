using Concierge.Silo.Leads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Hosting;

public static class LeadsHostingExtensions
{
    /// <summary>Outbound lead qualification: the leads queries (the grains themselves are found by Orleans).</summary>
    public static IHostApplicationBuilder AddConciergeLeads(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LeadQueries>();
        return builder;
    }
}

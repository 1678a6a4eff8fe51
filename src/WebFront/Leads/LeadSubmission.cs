using Concierge.Grains.Interfaces.Leads;
using Concierge.Grains.Interfaces.Projections;
using Concierge.Silo.Leads;
using Orleans;

namespace Concierge.WebFront.Leads;

/// <summary>
/// A checked lead handed to a new lead grain: the one way in for the REST API, the public intake form and the dashboard, so
/// the do-not-call list and the one-open-lead-per-number rule hold whichever way a lead comes.
/// </summary>
/// <param name="Lead">The lead as recorded; null when refused.</param>
/// <param name="DoNotCall">Refused: the number is on the company's do-not-call list.</param>
/// <param name="Duplicate">Refused: the number already has an open lead.</param>
/// <param name="OpenLeadId">The open lead that refused it, when it could be read.</param>
public sealed record LeadSubmission(LeadRecord? Lead, bool DoNotCall, bool Duplicate, string? OpenLeadId)
{
    /// <summary>Records <paramref name="lead"/> under a new id, unless its number is on the do-not-call list or already has an open lead.</summary>
    public static async Task<LeadSubmission> SubmitAsync(IGrainFactory grains, LeadQueries leads, NewLead lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(lead);
        try
        {
            var created = await grains.GetGrain<ILeadGrain>($"ld_{Guid.NewGuid():N}").CreateAsync(lead);
            return new(created.Lead, created.Lead is null, false, null);
        }
        catch (ProjectionConflictException e) when (e.Table == "lead_open_numbers")
        {
            return new(null, false, true, await leads.OpenLeadAsync(lead.CompanyId, lead.Phone, cancellationToken));
        }
    }
}

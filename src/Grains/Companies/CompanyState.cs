using Concierge.Grains.Interfaces.Companies;

namespace Concierge.Grains.Companies;

/// <summary>A company's durable state, owned by its <see cref="CompanyGrain"/>.</summary>
public sealed class CompanyState
{
    public CompanySettings? Settings { get; set; }

    /// <summary>The exception list by E.164 number, removed entries included (inactive).</summary>
    public Dictionary<string, ExceptionEntry> Exceptions { get; set; } = [];
}

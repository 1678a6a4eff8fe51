namespace Concierge.Grains.Interfaces.Projections;

/// <summary>Which company a Twilio number belongs to: unique, so two companies cannot claim one number.</summary>
[ProjectionTable("company_numbers", nameof(Number))]
public sealed record CompanyNumberRow(string Number, string CompanyId) : IProjectionRow;

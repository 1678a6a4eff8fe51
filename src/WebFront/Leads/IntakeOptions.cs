namespace Concierge.WebFront.Leads;

/// <summary><c>Concierge:Intake</c>: the public intake form.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Concierge:Intake";

    /// <summary>Requests (page views and posts) one client address may make per minute.</summary>
    public int RequestsPerMinute { get; set; } = 20;
}

namespace Concierge.Grains.Screening.Offline;

/// <summary>Who the caller said they are.</summary>
/// <param name="Name">The name they gave ("Sam", "Dr. Patel", "Dr. Patel's office"), if any.</param>
/// <param name="Organisation">The company or office they said they call from or work with ("Northwind"), if any.</param>
/// <param name="NameIsPersonal">The name reads like a person's, so a reply may thank them by it.</param>
internal sealed record CallerIntroduction(string? Name, string? Organisation, bool NameIsPersonal)
{
    public static CallerIntroduction Nobody { get; } = new(null, null, false);

    public bool IsEmpty => Name is null && Organisation is null;

    /// <summary>How a reply thanks them: "Sam" for "Sam Wilson", "Dr. Patel" with the title; null for an organisation.</summary>
    public string? NameToThank
    {
        get
        {
            if (Name is null || !NameIsPersonal)
            {
                return null;
            }
            var words = Name.Split(' ');
            return IntroductionMarkers.Titles.Contains(words[0].TrimEnd('.').ToLowerInvariant()) ? Name : words[0];
        }
    }
}

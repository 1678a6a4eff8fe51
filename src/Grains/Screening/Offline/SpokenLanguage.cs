namespace Concierge.Grains.Screening.Offline;

/// <summary>The languages the offline screener understands and speaks.</summary>
internal enum SpokenLanguage
{
    English,
    French,
}

internal static class SpokenLanguageCodes
{
    /// <summary>The two-letter code recorded in <c>ScreeningDecision.Language</c>.</summary>
    public static string Code(this SpokenLanguage language) => language == SpokenLanguage.French ? "fr" : "en";

    /// <summary>The language of a BCP-47 tag ("fr-FR" → French), or null for one the screener does not speak.</summary>
    public static SpokenLanguage? FromTag(string tag) =>
        tag.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? SpokenLanguage.French
        : tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? SpokenLanguage.English
        : null;
}

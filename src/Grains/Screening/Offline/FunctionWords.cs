namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// Normalized small words of each language. They tell the languages apart (so words both languages share, like
/// "a", "on", "me", "en", are left out) and carry no reason for calling.
/// </summary>
internal static class FunctionWords
{
    public static IReadOnlySet<string> English { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "this", "that", "is", "are", "was", "were", "be", "been", "i", "you", "your", "my", "it", "its", "we", "our",
        "he", "she", "his", "her", "him", "they", "them", "to", "of", "and", "or", "for", "with", "about", "from", "at",
        "in", "hi", "hello", "hey", "yes", "yeah", "no", "not", "what", "who", "there", "have", "has", "had", "just",
        "can", "could", "would", "will", "should", "do", "does", "did", "don", "please", "thanks", "thank", "sorry",
        "good", "morning", "afternoon", "evening", "oh", "if", "so", "but", "an", "am", "calling", "speak", "here",
    };

    public static IReadOnlySet<string> French { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "je", "j", "tu", "vous", "votre", "vos", "il", "elle", "nous", "c", "est", "suis", "le", "la", "les", "l", "un",
        "une", "des", "du", "de", "d", "et", "ou", "pour", "avec", "sur", "dans", "mon", "ma", "mes", "ton", "ta", "tes",
        "qui", "que", "qu", "ne", "pas", "oui", "merci", "bonjour", "bonsoir", "salut", "allo", "monsieur", "madame",
        "ici", "parler", "appelle", "ca", "au", "aux", "ai", "avez", "etes", "sont", "mais", "tout", "bien", "plus",
        "faut", "coucou", "pardon", "voudrais", "veux", "chez", "lui", "cette", "ce", "sa", "ses", "notre", "nos",
    };
}

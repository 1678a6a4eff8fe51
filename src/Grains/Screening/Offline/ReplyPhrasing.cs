using System.Text.RegularExpressions;
using Concierge.Grains.Calls;

namespace Concierge.Grains.Screening.Offline;

/// <summary>
/// The concierge's lines in one language: short, speakable, no markup. "{owner}" is the owner's name ("{Owner}" at
/// the start of a sentence), "{name}" the caller's; a line with a caller's name has a variant without one. Where a
/// sentence reads better without the owner than with a stand-in for them, "[with|without]" says it both ways: the
/// first when the owner's name is set, the second when it is not; elsewhere an unset name is <see cref="OwnerFallback"/>.
/// </summary>
internal sealed partial record ReplyPhrasing(
    string OwnerFallback,
    string PutThrough,
    string PutThroughNamed,
    string PutThroughUrgently,
    string SuggestText,
    string WrongNumber,
    string Close,
    string AskWhoAndWhy,
    string AskWhy,
    string AskWhyNamed,
    string AskWho,
    string TakeMessage,
    string TakeMessageNamed)
{
    public static ReplyPhrasing English { get; } = new(
        OwnerFallback: CallScript.UnnamedOwner("en"),
        PutThrough: "Thanks, putting you through[ to {owner}|] now.",
        PutThroughNamed: "Thanks {name}, putting you through[ to {owner}|] now.",
        PutThroughUrgently: "I understand it's urgent. Putting you through[ to {owner}|] right now.",
        SuggestText: "Thanks for calling. {Owner} isn't taking calls right now; please send a text or an email.",
        WrongNumber: "No problem. Have a good day, goodbye.",
        Close: "Thank you. Goodbye.",
        AskWhoAndWhy: "May I ask who's calling, and what it's about?",
        AskWhy: "And what is the call about?",
        AskWhyNamed: "Thanks {name}. What is the call about?",
        AskWho: "[May I tell {owner} who's calling?|May I ask who's calling?]",
        TakeMessage: "{Owner} can't take your call right now. Please leave a short message after the tone, and I'll pass it on.",
        TakeMessageNamed: "Thanks {name}. {Owner} can't take your call right now. Please leave a short message after the tone, and I'll pass it on.");

    public static ReplyPhrasing French { get; } = new(
        OwnerFallback: CallScript.UnnamedOwner("fr"),
        PutThrough: "Merci, je vous [passe {owner}|mets en relation] tout de suite.",
        PutThroughNamed: "Merci {name}, je vous [passe {owner}|mets en relation] tout de suite.",
        PutThroughUrgently: "Je comprends, c'est urgent. Je vous [passe {owner}|mets en relation] immédiatement.",
        SuggestText: "Merci de votre appel. {Owner} ne prend pas d'appels pour le moment ; envoyez-lui plutôt un SMS ou un e-mail.",
        WrongNumber: "Pas de souci. Bonne journée, au revoir.",
        Close: "Merci. Au revoir.",
        AskWhoAndWhy: "Puis-je savoir qui est à l'appareil, et à quel sujet ?",
        AskWhy: "Et c'est à quel sujet ?",
        AskWhyNamed: "Merci {name}. C'est à quel sujet ?",
        AskWho: "Qui dois-je annoncer[ à {owner}|] ?",
        TakeMessage: "{Owner} ne peut pas vous répondre pour le moment. Laissez un court message après le bip, je le lui transmettrai.",
        TakeMessageNamed: "Merci {name}. {Owner} ne peut pas vous répondre pour le moment. Laissez un court message après le bip, je le lui transmettrai.");

    public static ReplyPhrasing For(SpokenLanguage language) => language == SpokenLanguage.French ? French : English;

    /// <param name="kind">Which line.</param>
    /// <param name="ownerName">The owner's name; blank when it is not set.</param>
    /// <param name="callerName">The caller's name to thank them by, or null to say the line without it.</param>
    public string Compose(ReplyKind kind, string ownerName, string? callerName)
    {
        var named = callerName is not null;
        var line = kind switch
        {
            ReplyKind.PutThrough => named ? PutThroughNamed : PutThrough,
            ReplyKind.PutThroughUrgently => PutThroughUrgently,
            ReplyKind.SuggestText => SuggestText,
            ReplyKind.WrongNumber => WrongNumber,
            ReplyKind.Close => Close,
            ReplyKind.AskWhoAndWhy => AskWhoAndWhy,
            ReplyKind.AskWhy => named ? AskWhyNamed : AskWhy,
            ReplyKind.AskWho => AskWho,
            ReplyKind.TakeMessage => named ? TakeMessageNamed : TakeMessage,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var ownerNamed = CallScript.NameOrNull(ownerName);
        var owner = ownerNamed ?? OwnerFallback;
        return WithOrWithoutOwner().Replace(line, match => match.Groups[ownerNamed is null ? "without" : "with"].Value)
            .Replace("{Owner}", CallScript.SentenceStart(owner), StringComparison.Ordinal)
            .Replace("{owner}", owner, StringComparison.Ordinal)
            .Replace("{name}", callerName, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[(?<with>[^|\]]*)\|(?<without>[^\]]*)\]")]
    private static partial Regex WithOrWithoutOwner();
}

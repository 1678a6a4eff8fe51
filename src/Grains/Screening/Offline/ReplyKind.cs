namespace Concierge.Grains.Screening.Offline;

/// <summary>Which line the concierge says; <see cref="ReplyPhrasing"/> words it in the caller's language.</summary>
internal enum ReplyKind
{
    PutThrough,
    PutThroughUrgently,
    SuggestText,
    WrongNumber,
    Close,
    AskWhoAndWhy,
    AskWhy,
    AskWho,
    TakeMessage,
}

namespace Concierge.Grains.Screening.Offline.Learned;

/// <summary>Receives each feature of a call once: its name (valid only during the call) and the caller's word it came from.</summary>
internal interface IFeatureSink
{
    /// <param name="word">The caller's word or pair of words behind it; null for what the rules read.</param>
    void Add(ReadOnlySpan<char> name, string? word);
}

/// <summary>
/// What the classifier sees of a call: the caller's words (each word, each pair of words, and the 3- to 5-letter pieces
/// of each word, so "rappelez", "rappel" and a misheard "rapel" share weight), plus what the rules read from the call
/// (each kind of cue heard, whether the caller gave a name, a company, a reason, named the owner, or is out of turns),
/// and what the caller is doing (<see cref="IntentSignals"/>), alone, in pairs and with who they say they are.
/// Names are built in one reused buffer, so reading a call allocates little: deciding stays in microseconds.
/// </summary>
internal static class CallFeatures
{
    private const int ShortestPiece = 3;
    private const int LongestPiece = 5;

    public static void Read<TSink>(CallFacts call, bool isLastTurn, ref TSink sink)
        where TSink : IFeatureSink
    {
        var words = call.NormalizedWords.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var buffer = new char[64];
        var piece = new char[LongestPiece + 2];
        piece[0] = 'c';
        piece[1] = ':';
        for (var index = 0; index < words.Length; index++)
        {
            var word = words[index];
            sink.Add(Compose(ref buffer, "w:", word, "", ""), word);
            if (index > 0)
            {
                sink.Add(Compose(ref buffer, "b:", words[index - 1], " ", word), words[index - 1] + " " + word);
            }
            var padded = Compose(ref buffer, "c:<", word, ">", "");
            for (var length = ShortestPiece; length <= LongestPiece; length++)
            {
                for (var start = 2; start + length <= padded.Length; start++)
                {
                    padded.Slice(start, length).CopyTo(piece.AsSpan(2));
                    sink.Add(piece.AsSpan(0, length + 2), word);
                }
            }
        }
        foreach (var cue in call.Cues)
        {
            sink.Add("k:" + cue.Kind, null);
        }
        Flag(ref sink, call.Introduction.Name is not null, call.Introduction.NameIsPersonal ? "i:personal-name" : "i:name");
        Flag(ref sink, call.Introduction.Organisation is not null, "i:organisation");
        Flag(ref sink, call.StatedPurpose is not null, "i:reason");
        Flag(ref sink, call.MentionsOwner, "i:owner");
        Flag(ref sink, !call.HasIdentity, "i:nobody");
        Flag(ref sink, isLastTurn, "i:last-turn");
        ReadIntent(call, ref sink);
    }

    /// <summary>
    /// The intent signals (<see cref="IntentSignals"/>), each pair of them, and each with who the caller says they are:
    /// an offer from a company, money asked with time pressure, harm reported by someone of the owner's.
    /// </summary>
    private static void ReadIntent<TSink>(CallFacts call, ref TSink sink)
        where TSink : IFeatureSink
    {
        var signals = IntentSignals.In(call.NormalizedWords).ToList();
        var role = !call.HasIdentity ? "nobody"
            : call.Has(CueKind.PersonalRelation) ? "personal"
            : call.Introduction.Organisation is not null || call.Has(CueKind.BusinessRole) ? "organisation"
            : "name";
        sink.Add("r:" + role, null);
        // The caller's words behind a signal go with it, so a reason can quote them ("pay", "your son").
        for (var first = 0; first < signals.Count; first++)
        {
            var (name, words) = signals[first];
            sink.Add("s:" + name, words);
            sink.Add("r:" + role + "+" + name, words);
            for (var second = first + 1; second < signals.Count; second++)
            {
                sink.Add("p:" + name + "+" + signals[second].Name, null);
            }
        }
    }

    /// <summary>The feature names of a call, for training.</summary>
    public static List<string> Names(CallFacts call, bool isLastTurn)
    {
        var sink = new NameCollector();
        Read(call, isLastTurn, ref sink);
        return sink.Names;
    }

    private static void Flag<TSink>(ref TSink sink, bool holds, string name)
        where TSink : IFeatureSink
    {
        if (holds)
        {
            sink.Add(name, null);
        }
    }

    private static ReadOnlySpan<char> Compose(ref char[] buffer, string prefix, string first, string separator, string second)
    {
        var length = prefix.Length + first.Length + separator.Length + second.Length;
        if (buffer.Length < length + 2)
        {
            buffer = new char[length * 2 + 2];
        }
        prefix.CopyTo(buffer);
        first.CopyTo(buffer.AsSpan(prefix.Length));
        separator.CopyTo(buffer.AsSpan(prefix.Length + first.Length));
        second.CopyTo(buffer.AsSpan(prefix.Length + first.Length + separator.Length));
        return buffer.AsSpan(0, length);
    }

    private struct NameCollector() : IFeatureSink
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);

        public List<string> Names { get; } = [];

        public readonly void Add(ReadOnlySpan<char> name, string? word)
        {
            var text = name.ToString();
            if (seen.Add(text))
            {
                Names.Add(text);
            }
        }
    }
}

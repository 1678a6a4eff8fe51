namespace Concierge.Grains.Screening.Offline.Learned;

/// <summary>What the classifier made of a call: each action's probability, and the weights behind each caller word it knew.</summary>
internal sealed record ModelScore(double[] Probabilities, IReadOnlyList<(string Word, float[] Weights)> Words)
{
    public int Best => Array.IndexOf(Probabilities, Probabilities.Max());

    /// <summary>The caller's words that leaned most towards action <paramref name="chosen"/> rather than <paramref name="other"/>, most first.</summary>
    public List<string> WordsFor(int chosen, int other, int count)
    {
        var leanByWord = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, weights) in Words.Where(pair => SaysSomething(pair.Word)))
        {
            leanByWord[word] = leanByWord.GetValueOrDefault(word) + weights[chosen] - weights[other];
        }
        var picked = new List<string>(count);
        foreach (var (word, _) in leanByWord.Where(pair => pair.Value > 0).OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (picked.Count == count)
            {
                break;
            }
            // "gift cards" and "gift" say the same thing once.
            if (!picked.Any(taken => $" {taken} ".Contains($" {word} ", StringComparison.Ordinal) || $" {word} ".Contains($" {taken} ", StringComparison.Ordinal)))
            {
                picked.Add(word);
            }
        }
        return picked;
    }

    // "is", "there", "c'est" weigh in the sums but tell an owner nothing.
    private static bool SaysSomething(string words) =>
        words.Split(' ').Any(word => word.Length > 2 && !FunctionWords.English.Contains(word) && !FunctionWords.French.Contains(word));

    /// <summary>The runner-up action.</summary>
    public int SecondBest(int best) =>
        Enumerable.Range(0, Probabilities.Length).Where(index => index != best).MaxBy(index => Probabilities[index]);
}

using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Concierge.Grains.Interfaces.Screening;
using Concierge.Grains.Screening.Offline;
using Concierge.Grains.Screening.Offline.Learned;

namespace Concierge.Grains.Screening;

/// <summary>
/// The offline screener's trained classifier: a multinomial logistic regression over the caller's words, word pairs,
/// word pieces and what the rules read (see <see cref="CallFeatures"/>), one weight per feature and action. It is trained
/// by <see cref="Train"/> on the tuning part of the screening corpus only (<c>./bench.sh train-screener</c> writes
/// screening-model.json, which ships inside this assembly); the same examples always give the same model. Deciding is
/// a sum of a few hundred weights: a few microseconds, no network, no native code.
/// </summary>
public sealed class ScreeningModel
{
    private const string ResourceName = "Concierge.Grains.Screening.Offline.Learned.screening-model.json";
    private static readonly Lazy<ScreeningModel> Embedded = new(LoadEmbedded);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, float[]> weights;

    // The same weights keyed by a hash of the feature's name, so a call's features are looked up without building strings.
    private readonly Dictionary<ulong, float[]> weightsByKey;

    private ScreeningModel(IReadOnlyList<ScreeningAction> actions, float[] bias, Dictionary<string, float[]> weights, ClassifierTrust trust)
    {
        Actions = actions;
        Bias = bias;
        this.weights = weights;
        weightsByKey = weights.ToDictionary(pair => Key(pair.Key), pair => pair.Value);
        Trust = trust;
    }

    /// <summary>The model committed with the code (screening-model.json).</summary>
    public static ScreeningModel Default => Embedded.Value;

    /// <summary>The actions it chooses between, in the order of its weights.</summary>
    public IReadOnlyList<ScreeningAction> Actions { get; }

    public int FeatureCount => weights.Count;

    /// <summary>How far the screener trusts this model over its rules, as cross-validation chose when it was trained.</summary>
    public ClassifierTrust Trust { get; }

    /// <summary>The same weights, trusted as given.</summary>
    public ScreeningModel TrustedAs(ClassifierTrust trust) => new(Actions, Bias, weights, trust);

    private float[] Bias { get; }

    /// <summary>Trains deterministically on calls and what should have been done with them.</summary>
    public static ScreeningModel Train(IEnumerable<(ScreeningContext Context, ScreeningAction Expected)> examples)
    {
        var lexicon = CueLexicon.Default;
        var read = examples
            .Select(example => (Features: CallFeatures.Names(CallFacts.Read(example.Context, lexicon), example.Context.IsLastTurn), example.Expected))
            .ToList();
        var actions = read.Select(example => example.Expected).Distinct().Order().ToList();
        var (bias, weights) = LogisticRegression.Fit(read.Select(example => (example.Features, actions.IndexOf(example.Expected))).ToList(), actions.Count);
        return new ScreeningModel(actions, bias, weights, ClassifierTrust.RulesOnly);
    }

    public static ScreeningModel FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(json, Json) ?? throw new InvalidDataException("The screening model file is empty.");
        var actions = file.Actions.Select(Enum.Parse<ScreeningAction>).ToList();
        if (file.Bias.Length != actions.Count || file.Weights.Values.Any(row => row.Length != actions.Count))
        {
            throw new InvalidDataException("The screening model file's weights do not match its actions.");
        }
        return new ScreeningModel(actions, file.Bias, new Dictionary<string, float[]>(file.Weights, StringComparer.Ordinal), file.Trust);
    }

    /// <summary>The model as committed: features in ordinal order and weights rounded, so a retrain diffs cleanly.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        text.Append("{\n  \"about\": ").Append(JsonSerializer.Serialize(
            "The offline screener's classifier, written by ./bench.sh train-screener from the tuning part of tests/Concierge.TestSupport/Screening/screening-corpus.json. Do not edit by hand."));
        text.Append(",\n  \"trust\": ").Append(JsonSerializer.Serialize(Trust, Json));
        text.Append(",\n  \"actions\": ").Append(JsonSerializer.Serialize(Actions.Select(action => action.ToString())));
        text.Append(",\n  \"bias\": ").Append(Row(Bias));
        text.Append(",\n  \"weights\": {");
        var first = true;
        foreach (var (name, row) in weights.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append(first ? "\n    " : ",\n    ").Append(JsonSerializer.Serialize(name)).Append(": ").Append(Row(row));
            first = false;
        }
        return text.Append("\n  }\n}\n").ToString();
    }

    /// <summary>Each action's probability for this call, and the weights of the caller's words it knows.</summary>
    internal ModelScore Score(CallFacts call, bool isLastTurn)
    {
        // About three character pieces per letter, plus each word and pair of words: sized once instead of grown.
        var sink = new Scorer(this, 4 * call.NormalizedWords.Length + 16);
        CallFeatures.Read(call, isLastTurn, ref sink);
        return new ModelScore(LogisticRegression.Softmax(sink.Scores), sink.Words);
    }

    /// <summary>FNV-1a over the name's characters: 64 bits, so ten thousand names do not collide in practice.</summary>
    private static ulong Key(ReadOnlySpan<char> name)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in name)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }
        return hash;
    }

    private static string Row(float[] row) =>
        "[" + string.Join(", ", row.Select(weight => weight.ToString("0.####", CultureInfo.InvariantCulture))) + "]";

    private static ScreeningModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The screening model {ResourceName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FromJson(reader.ReadToEnd());
    }

    /// <summary>Adds up the weights of a call's features, each once.</summary>
    private readonly struct Scorer(ScreeningModel model, int expectedFeatures) : IFeatureSink
    {
        private readonly HashSet<ulong> seen = new(expectedFeatures);

        public double[] Scores { get; } = [.. model.Bias.Select(weight => (double)weight)];

        public List<(string Word, float[] Weights)> Words { get; } = [];

        public void Add(ReadOnlySpan<char> name, string? word)
        {
            var key = Key(name);
            if (!seen.Add(key) || !model.weightsByKey.TryGetValue(key, out var row))
            {
                return;
            }
            for (var action = 0; action < Scores.Length; action++)
            {
                Scores[action] += row[action];
            }
            if (word is not null)
            {
                Words.Add((word, row));
            }
        }
    }

    private sealed record ModelFile(string About, ClassifierTrust Trust, IReadOnlyList<string> Actions, float[] Bias, Dictionary<string, float[]> Weights);
}

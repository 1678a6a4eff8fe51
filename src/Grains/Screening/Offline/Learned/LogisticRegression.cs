namespace Concierge.Grains.Screening.Offline.Learned;

/// <summary>
/// Multinomial logistic regression with an L2 penalty, fitted by full-batch gradient descent with per-weight step sizes
/// (AdaGrad). Full batches in a fixed order and no random start make it deterministic: the same examples give the same
/// weights. Features seen in fewer than two examples are dropped (one caller's quirk is not a pattern).
/// </summary>
internal static class LogisticRegression
{
    private const int Rounds = 400;
    private const double StepSize = 0.5;
    private const double Penalty = 0.002;
    private const int MinimumExamples = 2;

    public static (float[] Bias, Dictionary<string, float[]> Weights) Fit(IReadOnlyList<(List<string> Features, int Label)> examples, int classes)
    {
        var names = examples
            .SelectMany(example => example.Features)
            .GroupBy(name => name, StringComparer.Ordinal)
            .Where(group => group.Count() >= MinimumExamples)
            .Select(group => group.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var index = names.Select((name, position) => (name, position)).ToDictionary(pair => pair.name, pair => pair.position, StringComparer.Ordinal);
        var rows = examples.Select(example => example.Features.Where(index.ContainsKey).Select(name => index[name]).ToArray()).ToList();

        var featureCount = names.Count + 1; // the last row is the bias, which is not penalised
        var weights = new double[featureCount * classes];
        var squaredGradients = new double[weights.Length];
        var gradient = new double[weights.Length];
        var scores = new double[classes];
        for (var round = 0; round < Rounds; round++)
        {
            Array.Clear(gradient);
            for (var example = 0; example < rows.Count; example++)
            {
                var row = rows[example];
                Score(weights, row, names.Count, classes, scores);
                var probabilities = Softmax(scores);
                for (var label = 0; label < classes; label++)
                {
                    var error = (probabilities[label] - (examples[example].Label == label ? 1 : 0)) / rows.Count;
                    foreach (var feature in row)
                    {
                        gradient[feature * classes + label] += error;
                    }
                    gradient[names.Count * classes + label] += error;
                }
            }
            for (var weight = 0; weight < weights.Length; weight++)
            {
                var step = gradient[weight] + (weight < names.Count * classes ? Penalty * weights[weight] : 0);
                squaredGradients[weight] += step * step;
                weights[weight] -= StepSize * step / (Math.Sqrt(squaredGradients[weight]) + 1e-8);
            }
        }

        var fitted = new Dictionary<string, float[]>(names.Count, StringComparer.Ordinal);
        for (var feature = 0; feature < names.Count; feature++)
        {
            fitted[names[feature]] = Row(weights, feature, classes);
        }
        return (Row(weights, names.Count, classes), fitted);
    }

    public static double[] Softmax(double[] scores)
    {
        var top = scores.Max();
        var exponentials = scores.Select(score => Math.Exp(score - top)).ToArray();
        var total = exponentials.Sum();
        return [.. exponentials.Select(value => value / total)];
    }

    private static void Score(double[] weights, int[] row, int biasRow, int classes, double[] scores)
    {
        for (var label = 0; label < classes; label++)
        {
            scores[label] = weights[biasRow * classes + label];
        }
        foreach (var feature in row)
        {
            for (var label = 0; label < classes; label++)
            {
                scores[label] += weights[feature * classes + label];
            }
        }
    }

    // Rounded as the model file stores them, so a model used straight after training decides as the committed one does.
    private static float[] Row(double[] weights, int feature, int classes) =>
        [.. Enumerable.Range(0, classes).Select(label => (float)Math.Round(weights[feature * classes + label], 4))];
}

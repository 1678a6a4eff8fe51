namespace Concierge.WebFront.Dashboard;

/// <summary>The messages of a form's fields (named as the REST API names them), and the ARIA attributes tying each to its input.</summary>
public sealed class FieldErrors(IReadOnlyDictionary<string, string[]> errors)
{
    public static FieldErrors None { get; } = new(new Dictionary<string, string[]>());

    public bool Any => errors.Count > 0;

    public IReadOnlyList<string> For(string field) => errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary><c>aria-invalid</c>: "true" for a field in error, else null (Razor then leaves the attribute out).</summary>
    public string? Invalid(string field) => errors.ContainsKey(field) ? "true" : null;

    /// <summary><c>aria-describedby</c>: the id of the field's message, when it has one.</summary>
    public string? DescribedBy(string field) => errors.ContainsKey(field) ? MessageId(field) : null;

    public static string MessageId(string field) => $"{field}-error";
}

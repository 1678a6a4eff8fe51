namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The name, category and note of an exception entry as the add and edit forms post them (fields named as the REST
/// API names them), checked afterwards by <see cref="Api.ExceptionRules"/>.
/// </summary>
public sealed class ExceptionFields
{
    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? Note { get; set; }
}

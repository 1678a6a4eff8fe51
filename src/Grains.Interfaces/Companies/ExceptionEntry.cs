using Orleans;

namespace Concierge.Grains.Interfaces.Companies;

/// <summary>Someone whose calls go straight through. Removing an entry keeps it (inactive) so it can be restored.</summary>
[GenerateSerializer, Immutable, Alias("concierge.ExceptionEntry")]
public sealed record ExceptionEntry(
    string Phone,
    string Name,
    string Category,
    string? Note,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : PrivateRecord;

/// <summary>An entry as the owner writes it; <paramref name="Phone"/> is already E.164.</summary>
[GenerateSerializer, Immutable, Alias("concierge.ExceptionDraft")]
public sealed record ExceptionDraft(string Phone, string Name, string Category, string? Note) : PrivateRecord;

/// <summary>The outcome of adding an exception: the entry as it now stands (null only when the list is full).</summary>
[GenerateSerializer, Immutable, Alias("concierge.ExceptionChange")]
public sealed record ExceptionChange(ExceptionChangeKind Kind, ExceptionEntry? Entry) : PrivateRecord;

[GenerateSerializer, Alias("concierge.ExceptionChangeKind")]
public enum ExceptionChangeKind
{
    Added,

    /// <summary>The number had been removed and is active again.</summary>
    Restored,

    /// <summary>The number is already active; nothing changed.</summary>
    Duplicate,

    /// <summary>The list already holds <see cref="CompanyLimits.MaxExceptions"/> numbers; nothing changed.</summary>
    ListFull,
}

public static class CompanyLimits
{
    /// <summary>The exception list lives in the company's grain state, written whole on every change: bounded so writes stay small.</summary>
    public const int MaxExceptions = 1000;
}

/// <summary>The categories an owner sorts exceptions into.</summary>
public static class ExceptionCategories
{
    public const string Family = "family";
    public const string Friend = "friend";
    public const string Favourite = "favourite";
    public const string Work = "work";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Family, Friend, Favourite, Work, Other];
}

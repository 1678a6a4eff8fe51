using System.Collections.Frozen;
using System.Text.Json;

namespace Concierge.Silo.Brains;

/// <summary>
/// The snake_case names a C# enum travels under in the model's JSON ("TakeMessage" ↔ "take_message"). Derived from the
/// enum itself, so the schema sent to the model and the parser reading its answer can never drift from the contract.
/// </summary>
internal static class WireEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
        .ToFrozenDictionary(value => NameOf(value), StringComparer.Ordinal);

    /// <summary>Every wire name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<TEnum>().Select(NameOf)];

    public static string NameOf(TEnum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);
}

using System.Text.RegularExpressions;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// Masks the E.164 numbers inside a text meant for logs (a grain key such as <c>default/+14155550100</c>, an error
/// message quoting one), as <see cref="PhoneNumber.Masked"/> would: logs never carry a full phone number.
/// </summary>
public static partial class PhoneNumbersInText
{
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return E164Like().Replace(text, match =>
            PhoneNumber.TryParse(match.Value, "US", out var number, out _) && number.Masked.Length == match.Value.Length
                ? number.Masked
                : MaskAllButLastTwo(match.Value));
    }

    // Not a number the parser accepts, but still digits someone may have dialled: hide them all the same.
    private static string MaskAllButLastTwo(string digits) => string.Concat("+", new string('*', digits.Length - 3), digits[^2..]);

    [GeneratedRegex(@"\+[0-9]{6,15}")]
    private static partial Regex E164Like();
}

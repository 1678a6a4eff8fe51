using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// Masks the international numbers inside a text meant for logs (a grain key such as <c>default/+14155550100</c>, an
/// error message quoting one), as <see cref="PhoneNumber.Masked"/> would: logs never carry a full phone number.
/// </summary>
/// <remarks>
/// A log line belongs to no company, so there is no region to read national numbers for: only numbers written with
/// their '+' are found. libphonenumber's matcher finds them however they are spaced ("+33 6 12 34 56 78"); a run of
/// digits after a '+' that it does not take for a number (an unassigned code, a wrong length) is hidden all the same.
/// </remarks>
public static partial class PhoneNumbersInText
{
    // No default region: the matcher then takes only numbers that carry their country code.
    private const string NoRegion = "ZZ";

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('+', '\uFF0B') < 0)
        {
            return text; // most log lines: nothing the matcher could find
        }

        var masked = new StringBuilder(text.Length);
        var done = 0;
        foreach (var match in NumberingPlans.Util.FindNumbers(text, NoRegion, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue))
        {
            var number = new PhoneNumber(match.Number).Masked;
            masked.Append(MaskDigitRuns(text[done..match.Start])).Append(number.Length > 0 ? number : new string('*', match.Length));
            done = match.Start + match.Length;
        }

        return masked.Append(MaskDigitRuns(text[done..])).ToString();
    }

    private static string MaskDigitRuns(string text) =>
        E164Like().Replace(text, match => string.Concat("+", new string('*', match.Length - 3), match.Value[^2..]));

    [GeneratedRegex(@"\+[0-9]{6,15}")]
    private static partial Regex E164Like();
}

using System.Buffers;
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
/// their '+' are masked. Every entry passes through here, so the cheap cases stay cheap: a line without '+' is returned
/// as it is, and a '+' followed by digits only (grain keys, E.164 in messages) is masked by pattern. Only a number
/// written with separators ("+33 6 12 34 56 78") goes to libphonenumber's matcher (tens of microseconds), which knows
/// where such a number ends better than a pattern does.
/// </remarks>
public static partial class PhoneNumbersInText
{
    // No default region: the matcher then takes only numbers that carry their country code.
    private const string NoRegion = "ZZ";

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny('+', '\uFF0B') < 0 ? text : WrittenAfterPlus().Replace(text, match => MaskWritten(match.Value));
    }

    private static string MaskWritten(string written)
    {
        if (written[0] == '+' && !written.AsSpan(1).ContainsAnyExcept(Digits))
        {
            return MaskDigitRuns(written);
        }

        var masked = new StringBuilder(written.Length);
        var done = 0;
        foreach (var match in NumberingPlans.Util.FindNumbers(written, NoRegion, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue))
        {
            masked.Append(MaskDigitRuns(written[done..match.Start])).Append(MaskE164(new PhoneNumber(match.Number).E164));
            done = match.Start + match.Length;
        }

        return masked.Append(MaskDigitRuns(written[done..])).ToString();
    }

    // A run the matcher did not take for a number (an unassigned code, a wrong length) is still digits someone may
    // have dialled: hidden all the same.
    private static string MaskDigitRuns(string text) => E164Like().Replace(text, match => MaskE164(match.Value));

    /// <summary>Like <see cref="PhoneNumber.Masked"/>; without a known country code only the last two digits show.</summary>
    private static string MaskE164(string e164)
    {
        var code = NumberingPlans.CallingCodeAt(e164.AsSpan(1), out var codeLength);
        return PhoneNumber.Mask(e164, visible: code == 0 || e164.Length < codeLength + 4 ? 1 : 1 + codeLength);
    }

    // A '+' and digits, possibly with the separators people write between them (spaces, brackets, dots, dashes).
    [GeneratedRegex(@"[+\uFF0B][0-9](?:[ \u00A0\u202F().\-/\u2010-\u2015]*[0-9])*")]
    private static partial Regex WrittenAfterPlus();

    [GeneratedRegex(@"\+[0-9]{6,15}")]
    private static partial Regex E164Like();
}

using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;
using LibraryNumber = PhoneNumbers.PhoneNumber;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// Turns a number written in any common format into E.164: our checks on what was written (<see cref="WrittenNumber"/>,
/// <see cref="HiddenCallerIds"/>), then libphonenumber for prefixes, country codes and lengths, then a reason people can act
/// on when it fails.
/// </summary>
/// <remarks>
/// A number is accepted when its length is possible for its country (as before the library): caller IDs of ranges
/// assigned after the library's release, and the 555 numbers of tests and examples, are still numbers. Among the
/// readings of what was written, one the library knows as assigned wins over one that only has a possible length.
/// </remarks>
internal static class PhoneNumberParser
{
    public static bool TryParse(string? text, string? defaultRegion, out PhoneNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        var region = NumberingPlans.Region(defaultRegion);
        if (region is null)
        {
            error = PhoneNumberErrors.UnknownRegion(defaultRegion);
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = PhoneNumberErrors.Empty;
            return false;
        }

        if (!WrittenNumber.TryRead(text.AsSpan().Trim(), out var written, out error))
        {
            return false;
        }

        if (written.DigitCount > WrittenNumber.MaxDigits)
        {
            error = PhoneNumberErrors.TooManyDigits(written.DigitCount);
            return false;
        }

        if (written.StartsWithPlus && HiddenCallerIds.SpelledWord(written.Digits) is { } word)
        {
            error = PhoneNumberErrors.HiddenCaller($"+{written.Digits} stands for {word}");
            return false;
        }

        LibraryNumber? possible = null;
        foreach (var reading in written.Readings())
        {
            if (TryRead(reading, region, out var parsed, out _))
            {
                if (NumberingPlans.Util.IsValidNumber(parsed) && HasE164Length(parsed))
                {
                    number = new PhoneNumber(parsed);
                    return true;
                }

                possible ??= IsPossible(parsed) ? parsed : null;
            }
        }

        if (possible is not null)
        {
            number = new PhoneNumber(possible);
            return true;
        }

        error = Explain(written, region);
        return false;
    }

    private static bool TryRead(string reading, string region, [NotNullWhen(true)] out LibraryNumber? parsed, out ErrorType failure)
    {
        try
        {
            parsed = NumberingPlans.Util.Parse(reading, region);
            failure = default;
            return true;
        }
        catch (NumberParseException exception)
        {
            parsed = null;
            failure = exception.ErrorType;
            return false;
        }
    }

    private static bool IsPossible(LibraryNumber number) =>
        NumberingPlans.Util.IsPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE && HasE164Length(number);

    private static bool HasE164Length(LibraryNumber number) => E164Digits(number) <= NumberingPlans.MaxE164Digits;

    private static int E164Digits(LibraryNumber number) =>
        NumberingPlans.DigitsOf(number.CountryCode) + NumberingPlans.Util.GetNationalSignificantNumber(number).Length;

    /// <summary>Why the number is not one, told for the reading the writer most likely meant.</summary>
    private static string Explain(WrittenNumber written, string region)
    {
        var reading = written.AfterDoubleZero ?? written.AsWritten;
        if (TryRead(reading, region, out var parsed, out var failure))
        {
            var nationalDigits = NumberingPlans.Util.GetNationalSignificantNumber(parsed).Length;
            return E164Digits(parsed) > NumberingPlans.MaxE164Digits
                ? PhoneNumberErrors.TooManyDigits(E164Digits(parsed))
                : PhoneNumberErrors.WrongLength(parsed.CountryCode, NumberingPlans.RegionOf(parsed), nationalDigits);
        }

        if (failure == ErrorType.TOO_LONG)
        {
            return PhoneNumberErrors.TooManyDigits(written.DigitCount);
        }

        if (!reading.StartsWith('+'))
        {
            // Too short for the region ("0", "415 867"), or an international call prefix followed by no known code.
            return failure == ErrorType.INVALID_COUNTRY_CODE
                ? PhoneNumberErrors.UnknownCallingCodeAfterPrefix
                : PhoneNumberErrors.WrongLength(NumberingPlans.Util.GetCountryCodeForRegion(region), region, reading.Length);
        }

        // "+33", "+49 3": the library stops before it names the country; tell what the code is and what it needs.
        var digits = reading.AsSpan(1);
        var code = NumberingPlans.CallingCodeAt(digits, out var codeLength);
        return code == 0
            ? PhoneNumberErrors.UnknownCallingCode(digits)
            : PhoneNumberErrors.WrongLength(code, NumberingPlans.MainRegion(code), digits.Length - codeLength);
    }
}

using System.Diagnostics.CodeAnalysis;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>Turns a number written in any common format into its country calling code and national number.</summary>
internal static class PhoneNumberParser
{
    private const int MaxE164Digits = 15;

    // Room for the longest international prefix, a country code, a trunk prefix and a too-long number, so that
    // over-long input is still counted (and reported) rather than cut.
    private const int DigitBufferSize = 32;

    public static bool TryParse(string? text, string? defaultRegion, out PhoneNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        if (defaultRegion is null || !PhoneNumberMetadata.Regions.TryGetValue(defaultRegion, out var home))
        {
            error = PhoneNumberErrors.UnknownRegion(defaultRegion);
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = PhoneNumberErrors.Empty;
            return false;
        }

        Span<char> buffer = stackalloc char[DigitBufferSize];
        if (!WrittenNumber.TryRead(text.AsSpan().Trim(), buffer, out var written, out error))
        {
            return false;
        }

        if (written.DigitCount > DigitBufferSize)
        {
            error = PhoneNumberErrors.TooManyDigits(written.DigitCount);
            return false;
        }

        var digits = buffer[..written.DigitCount];
        if (written.StartsWithPlus && HiddenCallerIds.SpelledWord(digits) is { } word)
        {
            error = PhoneNumberErrors.HiddenCaller($"+{digits} stands for {word}");
            return false;
        }

        if (!TrySplit(digits, written, home, out var plan, out var nationalNumber, out error))
        {
            return false;
        }

        var region = plan.RegionOf(nationalNumber);
        if (!IsValid(plan, nationalNumber))
        {
            var e164Digits = E164Digits(plan, nationalNumber);
            error = e164Digits > MaxE164Digits
                ? PhoneNumberErrors.TooManyDigits(e164Digits)
                : PhoneNumberErrors.WrongLength(region, nationalNumber.Length);
            return false;
        }

        number = new PhoneNumber(plan, region, nationalNumber);
        return true;
    }

    private static bool TrySplit(
        ReadOnlySpan<char> digits,
        WrittenNumber written,
        PhoneRegion home,
        [NotNullWhen(true)] out CallingCodePlan? plan,
        out ReadOnlySpan<char> nationalNumber,
        [NotNullWhen(false)] out string? error)
    {
        if (written.StartsWithPlus)
        {
            return TrySplitInternational(digits, 0, written.ZeroHintAt, out plan, out nationalNumber, out error);
        }

        // Several prefixes can fit ("0044 …" from Thailand reads as 004 + 4… or as 00 + 44…): prefer the reading
        // that gives a valid number, then the longest prefix that at least gives a known country code.
        var fallbackPrefix = -1;
        foreach (var prefix in home.InternationalPrefixes)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal)
                && TrySplitInternational(digits, prefix.Length, written.ZeroHintAt, out plan, out nationalNumber, out _))
            {
                if (IsValid(plan, nationalNumber))
                {
                    error = null;
                    return true;
                }

                fallbackPrefix = fallbackPrefix < 0 ? prefix.Length : fallbackPrefix;
            }
        }

        if (fallbackPrefix >= 0)
        {
            return TrySplitInternational(digits, fallbackPrefix, written.ZeroHintAt, out plan, out nationalNumber, out error);
        }

        plan = PhoneNumberMetadata.CallingCodes[home.CallingCode];
        nationalNumber = NationalNumberOf(digits, home);
        error = null;
        return true;
    }

    /// <summary>Splits what follows the '+' or the international prefix into calling code and national number.</summary>
    private static bool TrySplitInternational(
        ReadOnlySpan<char> digits,
        int prefixLength,
        int zeroHintAt,
        [NotNullWhen(true)] out CallingCodePlan? plan,
        out ReadOnlySpan<char> nationalNumber,
        [NotNullWhen(false)] out string? error)
    {
        var international = digits[prefixLength..];
        if (!TryFindCallingCode(international, out plan, out var codeLength))
        {
            nationalNumber = default;
            error = PhoneNumberErrors.UnknownCallingCode(international);
            return false;
        }

        var zeroHint = zeroHintAt == prefixLength + codeLength;
        nationalNumber = StripTrunkPrefix(international[codeLength..], plan.Main, afterCountryCode: true, zeroHint);
        error = null;
        return true;
    }

    private static bool IsValid(CallingCodePlan plan, ReadOnlySpan<char> nationalNumber) =>
        E164Digits(plan, nationalNumber) <= MaxE164Digits && plan.RegionOf(nationalNumber).Lengths.Contains(nationalNumber.Length);

    private static int E164Digits(CallingCodePlan plan, ReadOnlySpan<char> nationalNumber) =>
        plan.E164Prefix.Length - 1 + nationalNumber.Length;

    private static ReadOnlySpan<char> NationalNumberOf(ReadOnlySpan<char> digits, PhoneRegion home)
    {
        var national = StripTrunkPrefix(digits, home, afterCountryCode: false, zeroHint: false);
        if (home.Lengths.Contains(national.Length))
        {
            return national;
        }

        // "33 6 12 34 56 78" with FR: the country code without its '+'. Taken only when that is what makes it valid.
        var code = PhoneNumberMetadata.CallingCodes[home.CallingCode];
        var codeDigits = code.E164Prefix.AsSpan(1);
        if (digits.StartsWith(codeDigits, StringComparison.Ordinal))
        {
            var afterCode = StripTrunkPrefix(digits[codeDigits.Length..], home, afterCountryCode: true, zeroHint: false);
            if (home.Lengths.Contains(afterCode.Length))
            {
                return afterCode;
            }
        }

        return national;
    }

    /// <summary>
    /// Drops the trunk prefix ("0" in "020 …", "8" in Russia's "8 912 …", "1" in NANP's "1 415 …"). Written nationally
    /// it goes when the rest is a valid length, or when the number is not valid with it either (so that errors count
    /// the digits meant). After a country code it is a slip ("+44 020 …") and goes only when the rest is valid, and
    /// if national numbers may start with the same digits, only when the number is invalid as written (+375 801 …
    /// is a Belarusian freephone number, not 8 and 01 …).
    /// </summary>
    private static ReadOnlySpan<char> StripTrunkPrefix(ReadOnlySpan<char> number, PhoneRegion region, bool afterCountryCode, bool zeroHint)
    {
        var validAsWritten = region.Lengths.Contains(number.Length);
        foreach (var trunk in region.TrunkPrefixes)
        {
            if (!number.StartsWith(trunk.Digits, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = number[trunk.Digits.Length..];
            var validWithout = region.Lengths.Contains(rest.Length);
            var drop = afterCountryCode
                ? validWithout && !(validAsWritten && trunk.CanStartNationalNumber)
                : validWithout || !validAsWritten;
            if (drop)
            {
                return rest;
            }
        }

        // A "(0)" written after the country code of a region without a trunk prefix goes only when the number is
        // invalid with it: Italy's leading 0 is part of the number ("+39 06 …").
        var dropHint = zeroHint && number.StartsWith('0') && !validAsWritten && region.Lengths.Contains(number.Length - 1);
        return dropHint ? number[1..] : number;
    }

    private static bool TryFindCallingCode(ReadOnlySpan<char> digits, [NotNullWhen(true)] out CallingCodePlan? plan, out int length)
    {
        plan = null;
        length = 0;
        // Codes never start with 0, and no assigned code is a prefix of another, so the first match is the code.
        if (digits.IsEmpty || digits[0] == '0')
        {
            return false;
        }

        var code = 0;
        for (length = 1; length <= Math.Min(3, digits.Length); length++)
        {
            code = (code * 10) + digits[length - 1] - '0';
            if (PhoneNumberMetadata.CallingCodes.TryGetValue(code, out plan))
            {
                return true;
            }
        }

        return false;
    }
}

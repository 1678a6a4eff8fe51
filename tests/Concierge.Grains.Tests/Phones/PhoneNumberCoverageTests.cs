using Concierge.Grains.Interfaces.Phones;

namespace Concierge.Grains.Tests.Phones;

public sealed class PhoneNumberCoverageTests
{
    // ITU-T E.164 assigned country calling codes (geographic, non-geographic and shared), as of the 2020s.
    private const string AssignedCallingCodes = """
        1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66
        81 82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232
        233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258
        260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370
        371 372 373 374 375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506
        507 508 509 590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683
        685 686 687 688 689 690 691 692 800 808 850 852 853 855 856 870 878 880 881 882 883 886 888 960 961 962
        963 964 965 966 967 968 970 971 972 973 974 975 976 977 979 992 993 994 995 996 998
        """;

    // ISO 3166-1 alpha-2 regions with a calling code of their own or a share of one (XK is the code in common use).
    private const string RegionsWithACallingCode = """
        AC AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM
        FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
        JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN
        MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PR PS PT
        PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TG TH TJ TK
        TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW
        """;

    public static TheoryData<int> CallingCodes() => [.. Split(AssignedCallingCodes).Select(int.Parse)];

    public static TheoryData<string> Regions() => [.. Split(RegionsWithACallingCode)];

    [Theory]
    [MemberData(nameof(CallingCodes))]
    public void EveryAssignedCallingCodeIsKnown(int callingCode)
    {
        PhoneNumber.TryParse($"+{callingCode} 1234", "US", out _, out var error);

        Assert.DoesNotContain("Unknown country calling code", error ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+28 1234 5678")]
    [InlineData("+259 1234 5678")]
    [InlineData("+384 1234 5678")]
    [InlineData("+425 1234 5678")]
    [InlineData("+671 123 4567")]
    [InlineData("+684 123 4567")]
    [InlineData("+801 1234 5678")]
    [InlineData("+969 1234 5678")]
    [InlineData("+999 1234 5678")]
    public void UnassignedCallingCodesAreUnknown(string text)
    {
        Assert.False(PhoneNumber.TryParse(text, "US", out _, out var error));
        Assert.Contains("Unknown country calling code", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void EveryRegionWithACallingCodeIsKnownAndAcceptsDoubleZeroInternationalNumbers(string region)
    {
        Assert.True(PhoneNumber.IsKnownRegion(region));
        Assert.True(PhoneNumber.TryParse("00 1 212 555 0123", region, out var number, out var error), error);
        Assert.Equal("+12125550123", number.E164);
    }

    [Theory]
    [InlineData("AQ")]
    [InlineData("BV")]
    [InlineData("HM")]
    [InlineData("UK")]
    [InlineData("ZZ")]
    [InlineData("USA")]
    [InlineData("")]
    public void RegionsWithoutACallingCodeOfTheirOwnAreUnknown(string region) =>
        Assert.False(PhoneNumber.IsKnownRegion(region));

    private static string[] Split(string list) =>
        list.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Concierge.Grains.Interfaces.Phones;

/// <summary>
/// Numbering facts for every assigned ITU-T E.164 country calling code and every ISO 3166-1 region that has one,
/// read once from <see cref="Table"/>.
/// </summary>
internal static class PhoneNumberMetadata
{
    /// <summary>Regions by ISO code, case-insensitive.</summary>
    public static FrozenDictionary<string, PhoneRegion> Regions { get; }

    /// <summary>Every assigned calling code, geographic or not.</summary>
    public static FrozenDictionary<int, CallingCodePlan> CallingCodes { get; }

    // Accepted from every region besides its own prefixes: it is the ITU-recommended prefix, people who moved keep
    // writing it (an American account holder typing a French friend's 0033…), and national numbers do not start with 00.
    private const string UniversalInternationalPrefix = "00";

    static PhoneNumberMetadata()
    {
        var rows = Table.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(ParseRow)
            .ToList();

        Regions = rows.Where(r => r.Code is not null).ToFrozenDictionary(r => r.Code!, StringComparer.OrdinalIgnoreCase);
        CallingCodes = rows.GroupBy(r => r.CallingCode)
            .ToFrozenDictionary(g => g.Key, g => new CallingCodePlan(g.Key, [.. g]));
    }

    private static PhoneRegion ParseRow(string line)
    {
        var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var international = List(cells[4]).SelectMany(ExpandRange).Append(UniversalInternationalPrefix).Distinct();
        return new PhoneRegion(
            cells[0] == "--" ? null : cells[0],
            int.Parse(cells[1], CultureInfo.InvariantCulture),
            NationalNumberLengths.Parse(cells[2]),
            [.. List(cells[3]).Select(TrunkPrefix.Parse).OrderByDescending(t => t.Digits.Length)],
            LongestFirst(international),
            cells.Length > 5 ? [.. List(cells[5])] : []);
    }

    private static string[] List(string cell) => cell == "-" ? [] : cell.Split(',');

    private static ImmutableArray<string> LongestFirst(IEnumerable<string> prefixes) =>
        [.. prefixes.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];

    // "000-039" stands for every prefix of that width from 000 to 039.
    private static IEnumerable<string> ExpandRange(string prefix)
    {
        var dash = prefix.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return [prefix];
        }

        var width = dash;
        var from = int.Parse(prefix[..dash], CultureInfo.InvariantCulture);
        var to = int.Parse(prefix[(dash + 1)..], CultureInfo.InvariantCulture);
        return Enumerable.Range(from, to - from + 1).Select(n => n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
    }

    // Sources: ITU-T E.164 assignment list and national numbering plans; lengths and prefixes cross-checked against
    // the published libphonenumber metadata. Lengths are capped so that code + number never exceeds 15 digits.
    // Columns, "-" meaning none:
    //   region: ISO 3166-1 alpha-2, or -- for a non-geographic code;
    //   calling code;
    //   national number lengths: "9", "8-10", "5,7-9";
    //   trunk prefixes: a trailing ? marks one that national numbers may also start with (Russia's 8 and its 800);
    //   international call prefixes: a-b stands for every prefix of that width in the range;
    //   leading digits: for a region sharing its calling code, the numbers that are its own (else the numbers go to
    //   the code's first region, as BL and MF numbers go to GP: their ranges interleave within +590).
    private const string Table = """
        # North American Numbering Plan: trunk prefix 1, always 10 digits, area codes tell the regions apart.
        US 1 10 1 011
        CA 1 10 1 011 204,226,236,249,250,257,263,273,289,306,343,354,365,367,368,382,403,416,418,428,431,437,438,450,468,474,506,514,519,548,579,581,584,587,600,604,613,639,647,672,683,705,709,742,753,778,780,782,807,819,825,867,873,879,902,905,942
        AG 1 10 1 011 268
        AI 1 10 1 011 264
        AS 1 10 1 011 684
        BB 1 10 1 011 246
        BM 1 10 1 011 441
        BS 1 10 1 011 242
        DM 1 10 1 011 767
        DO 1 10 1 011 809,829,849
        GD 1 10 1 011 473
        GU 1 10 1 011 671
        JM 1 10 1 011 658,876
        KN 1 10 1 011 869
        KY 1 10 1 011 345
        LC 1 10 1 011 758
        MP 1 10 1 011 670
        MS 1 10 1 011 664
        PR 1 10 1 011 787,939
        SX 1 10 1 011 721
        TC 1 10 1 011 649
        TT 1 10 1 011 868
        VC 1 10 1 011 784
        VG 1 10 1 011 284
        VI 1 10 1 011 340
        RU 7 10 8? 810
        KZ 7 10 8? 810 6,7
        EG 20 8-10 0 00
        ZA 27 5-10 0 00
        GR 30 10-12 - 00
        NL 31 5-11 0 00
        BE 32 8-9 0 00
        FR 33 9 0 00
        ES 34 9 - 00
        HU 36 8-9 06 00
        IT 39 6-12 - 00
        VA 39 6-12 - 00 06698
        RO 40 6,9 0 00
        CH 41 9,12 0 00
        AT 43 4-13 0 00
        GB 44 7,9-10 0 00
        GG 44 7,9-10 0 00 1481,7781,7839,7911
        IM 44 10 0 00 1624,74576,7524,7624,7924
        JE 44 10 0 00 1534,7509,7700,7797,7829,7937
        DK 45 8 - 00
        SE 46 6-10,12 0 00
        NO 47 5,8 - 00
        SJ 47 5,8 - 00 79
        PL 48 6-10 - 00
        DE 49 4-13 0 00
        PE 51 8-9 0 00,191100,191200,191400,197700,199000
        MX 52 10 - 00,09
        CU 53 6-8,10 0 119
        AR 54 10-11 0 00
        BR 55 8-11 0 0012,0014,0015,0021,0022,0023,0025,0031,0041,0043,0055,0065,0099
        CL 56 9-11 - 00,1100,1110,1120,1130,1140,1150,1160,1190,1200,1220-1250,1510,1530-1550,1570,1580,1690,1700,1710,1760,1770,1800,1810,1880
        CO 57 8,10-11 0 005,007,009,00414,00444,00456
        VE 58 10 0 00
        MY 60 8-10 0 00
        AU 61 5-10,12 0 0011,0014-0016,0018,0019
        CC 61 6-10,12 0 0011,0014-0016,0018,0019 89162
        CX 61 6-10,12 0 0011,0014-0016,0018,0019 89164
        ID 62 7-13 0 001,007,008,009
        PH 63 6,8-13 0 00
        NZ 64 5-10 0 00,0161
        SG 65 8,10-11 - 000-039
        TH 66 8-10,13 0 001-009
        JP 81 8-13 0 010
        KR 82 5-6,8-13 0 001,002,005,006,008,009,00345,00365,00391,00700,00727,0073,00755,00761,00762,00766
        VN 84 7-10 0 00
        CN 86 7-12 0 00
        TR 90 7,10,12-13 0 00
        IN 91 8-13 0 00
        PK 92 8-12 0 00
        AF 93 9 0 00
        LK 94 9 0 00
        MM 95 6-10 0 00
        IR 98 4-7,10 0 00
        SS 211 9 0 00
        MA 212 9 0 00
        EH 212 9 0 00 5288,5289
        DZ 213 8-9 0 00
        TN 216 8 - 00
        LY 218 9 0 00
        GM 220 7,9 - 00
        SN 221 9 - 00
        MR 222 8 - 00
        ML 223 8 - 00
        GN 224 8-9 - 00
        CI 225 10 - 00
        BF 226 8 - 00
        NE 227 8 - 00
        TG 228 8 - 00
        BJ 229 10 - 00
        MU 230 7-8,10 - 00,020,030,033,040,050,060,070
        LR 231 7-9 0 00
        SL 232 8 0 00
        GH 233 8-9 0 00
        NG 234 10-12 0 009
        TD 235 8 - 00,16
        CF 236 8 - 00
        CM 237 8-9 - 00
        CV 238 7 - 0
        ST 239 7 - 00
        GQ 240 9 - 00
        GA 241 7-8 - 00
        CG 242 9 - 00
        CD 243 7-10 0 00
        AO 244 9 - 00
        GW 245 7,9 - 00
        IO 246 7 - 00
        AC 247 5-6 - 00
        SC 248 7 - 00-02,010
        SD 249 9 0 00
        RW 250 8-9 0 00
        ET 251 9 0 00
        SO 252 6-9 0 00
        DJ 253 8 - 00
        KE 254 7-10 0 000
        TZ 255 9 0 000,005,006
        UG 256 9 0 000,005,007
        BI 257 8 - 00
        MZ 258 8-9 - 00
        ZM 260 9 0 00
        MG 261 9 0 00
        RE 262 9 0 00
        YT 262 9 0 00 269,639
        ZW 263 7,9-10 0 00
        NA 264 8-9 0 00
        MW 265 7,9 0 00
        LS 266 8 - 00
        BW 267 7-8,10 - 00
        SZ 268 8-9 - 00
        KM 269 7 - 00
        SH 290 4-5 - 00
        TA 290 4 - 00 8
        ER 291 7 0 00
        AW 297 7 - 00
        FO 298 6 - 00
        GL 299 6 - 00
        GI 350 8 - 00
        PT 351 9 - 00
        LU 352 4-11 - 00
        IE 353 7-10 0 00
        IS 354 7,9 - 00,1001,1010,1020,1100
        AL 355 6-9 0 00
        MT 356 8 - 00
        CY 357 8 - 00
        FI 358 5-12 0 00,990,991,994,996,999,99511,99532,99533,99541,99555,99559,99577,99588,99590,99599
        AX 358 5-12 0 00,990,991,994,996,999,99511,99532,99533,99541,99555,99559,99577,99588,99590,99599 18
        BG 359 6-9,12 0 00
        LT 370 8 0,8? 00
        LV 371 8 - 00
        EE 372 7-8,10 - 00
        MD 373 8 0 00
        AM 374 8 0 00
        BY 375 6-11 80?,8?,0 810
        AD 376 6,8-9 - 00
        MC 377 8-9 0 00
        SM 378 8,10 - 00
        UA 380 9-10 0 00
        RS 381 6-12 0 00
        ME 382 8-9 0 00
        XK 383 8-12 0 00
        HR 385 7-9 0 00
        SI 386 5-8 0 00,1022,1066,1088,1099
        BA 387 8-9 0 00
        MK 389 8 0 00
        CZ 420 9-12 - 00
        SK 421 6-7,9 0 00
        LI 423 7,9 0 00
        FK 500 5 - 00
        BZ 501 7,11 - 00
        GT 502 8,11 - 00
        SV 503 7-8,11 - 00
        HN 504 8,11 - 00
        NI 505 8 - 00
        CR 506 8,10 - 00
        PA 507 7-8,10-11 - 00
        PM 508 6,9 0 00
        HT 509 8 - 00
        GP 590 9 0 00
        BL 590 9 0 00
        MF 590 9 0 00
        BO 591 8-9 0 00,0010-0019
        GY 592 7 - 001
        EC 593 8-11 0 00
        GF 594 9 0 00
        PY 595 6-11 0 00
        MQ 596 9 0 00
        SR 597 6-7 - 00
        UY 598 4-12 0 00,0130-0199
        CW 599 7-8 - 00
        BQ 599 7 - 00 3,4,7
        TL 670 7-8 - 00
        NF 672 6 - 00
        BN 673 7 - 00
        NR 674 7 - 00
        PG 675 7-8 - 00,1401-1403
        TO 676 5,7 - 00
        SB 677 5,7 - 00,01
        VU 678 5,7 - 00
        FJ 679 7,11 - 00,052
        PW 680 7 - 011,012
        WF 681 6,9 - 00
        CK 682 5 - 00
        NU 683 4,7 - 00
        WS 685 5-7,10 - 0
        KI 686 5,8 0 00
        NC 687 6 - 00
        TV 688 5-7 - 00
        PF 689 6,8-9 - 00
        TK 690 4-7 - 00
        FM 691 7 - 00
        MH 692 7 1 011
        KP 850 8,10 0 00,99
        HK 852 5-9,11 - 00,001,002,006-009,0030,0050,0059
        MO 853 7-8 - 00
        KH 855 8-10 0 001,004-009
        LA 856 8-10 0 00
        BD 880 6-10 0 00
        TW 886 7-11 0 002,005-007,009,019
        MV 960 7,10 - 00,019
        LB 961 7-8 0 00
        JO 962 8-9 0 00
        SY 963 8-9 0 00
        IQ 964 8-10 0 00
        KW 965 7-8 - 00
        SA 966 9-10 0 00
        YE 967 7-9 0 00
        OM 968 7-9 - 00
        PS 970 8-10 0 00
        AE 971 5-12 0 00
        IL 972 7-12 0 00,0105,012-019
        BH 973 8 - 00
        QA 974 7-9,11 - 00
        BT 975 7-8 - 00
        MN 976 8-10 0 001
        NP 977 8,10-11 0 00
        TJ 992 9 - 810
        TM 993 8 8 810
        AZ 994 9 0 00
        GE 995 9 0 00
        KG 996 9-10 0 00
        UZ 998 9 - 00
        # Non-geographic codes: freephone, shared-cost, Inmarsat, UPT, satellite, international networks, premium rate.
        -- 800 8 - -
        -- 808 8 - -
        -- 870 9,12 - -
        -- 878 12 - -
        -- 881 9-10 - -
        -- 882 7-12 - -
        -- 883 8-12 - -
        -- 888 11 - -
        -- 979 9 - -
        """;
}

using System.Globalization;
using System.Text;

namespace Concierge.Faults.Tests.Fuzz;

/// <summary>Random field names and values: plausible Twilio ones, edge cases, hostile text, and now and then something huge.</summary>
internal sealed class FuzzValues(Random random)
{
    public static readonly string[] TwilioFields =
    [
        "CallSid", "AccountSid", "From", "To", "CallStatus", "Direction", "ApiVersion", "CallerName", "ForwardedFrom", "ParentCallSid",
        "SpeechResult", "Confidence", "Digits", "DialCallStatus", "DialCallSid", "DialBridged", "DialCallDuration", "CallDuration",
        "MessageSid", "Body", "NumMedia", "MediaUrl0", "MediaContentType0",
    ];

    /// <summary>
    /// Stands for a lone surrogate in <see cref="Hostile"/>: only JSON can carry one (the escape <c>\ud800</c>), so it is
    /// written there and skipped where a value is percent-encoded.
    /// </summary>
    public const string LoneSurrogate = "LONE-SURROGATE-D800";

    /// <summary>
    /// What every field of every route gets in turn (the field sweep): control characters XML cannot hold, NUL (which
    /// PostgreSQL refuses in text), line breaks, noncharacters, a lone surrogate, and values past every field's limit.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> Hostile { get; } =
    [
        ("NUL", "\0"),
        ("control inside a word", "Sam\u0001son\0"),
        ("vertical tab", "Mum\vHome"),
        ("C0, DEL and C1 controls", "\u0007\u001b\u001f\u007f\u0085\u009f"),
        ("line breaks and tab", "a\r\nb\tc"),
        ("noncharacters", "\uFFFE\uFFFF"),
        ("lone surrogate", LoneSurrogate),
        ("oversize (5,000 characters)", new string('x', 5_000)),
        ("huge with controls (110,000 characters)", string.Concat(Enumerable.Repeat("Sam\u0001son\v ", 10_000))),
    ];

    /// <summary>A few calls many requests share, so webhooks land on calls in every phase and not only on unknown ones.</summary>
    private static readonly string[] SharedCallSids = [.. Enumerable.Range(0, 48).Select(i => $"CAfuzz{i:D2}000000000000000000000000")];

    private static readonly string[] Edges =
    [
        "", " ", "\t\r\n", "0", "-1", "1.5", "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "99999999999999999999", "0x1F", "1,5", "true", "false",
        "null", "undefined", "anonymous", "+", "+0", "+999999999999999999", "00", "completed", "busy", "no-answer", "failed", "canceled", "in-progress",
        "ringing", "answered", "inbound", "outbound-dial", "1", "9", "#", "*", "1234567890",
        "'; DROP TABLE calls; --", "\" OR 1=1 --", "<Say>hi</Say>", "]]><Hangup/>", "&amp;&lt;", "{0}{1}%s%n%x", "../../etc/passwd", "C:\\Windows\\win.ini",
        "{\"a\":1}", "[]", "%00", "%ZZ", "%", "\0", "\u0001\u0002\u001f", "Sam\u0001son", "Mum\vHome", "\u0085\u009f\u007f", "\uFFFE", "\u202Eevil", "e\u0301\u0301\u0301", "😀👨‍👩‍👧", "\uFEFF", "\uFFFF", "日本語の電話",
        "Bonjour, c'est Julie. Il y a une fuite d'eau, c'est urgent.", "This is the IRS, pay with gift cards or be arrested.", "Hi, it's Sam, there's been an accident.",
    ];

    public string FieldName() => random.Next(4) switch
    {
        0 => Text(random.Next(1, 12)),
        1 => Edges[random.Next(Edges.Length)],
        _ => TwilioFields[random.Next(TwilioFields.Length)],
    };

    /// <summary>Mostly short; one in <paramref name="hugeOneIn"/> is megabytes long.</summary>
    public string Value(int hugeOneIn = 0) => (hugeOneIn > 0 && random.Next(hugeOneIn) == 0 ? -1 : random.Next(8)) switch
    {
        -1 => new string((char)random.Next('a', 'z' + 1), random.Next(1, 6) * 1024 * 1024),
        0 or 1 => Edges[random.Next(Edges.Length)],
        2 => CallSid(),
        3 => $"+{random.NextInt64(1, 999_999_999_999_999):D}",
        4 => random.NextDouble().ToString(CultureInfo.InvariantCulture),
        5 => Text(random.Next(0, 40)),
        6 => random.Next(10) == 0 ? Text(random.Next(2_000, 70_000)) : Text(random.Next(40, 400)),
        _ => string.Concat(Enumerable.Repeat(Edges[random.Next(Edges.Length)], random.Next(2, 50))),
    };

    public string CallSid() => random.Next(3) switch
    {
        0 => $"CA{Guid.NewGuid():N}",
        1 => Edges[random.Next(Edges.Length)],
        _ => SharedCallSids[random.Next(SharedCallSids.Length)],
    };

    /// <summary>Any UTF-16 text that is valid Unicode (no lone surrogates), from ASCII to astral planes.</summary>
    public string Text(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var scalar = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0x00, 0x20),
                2 => random.Next(0xA0, 0xD800),
                _ => random.Next(0xE000, 0x10FFFF),
            };
            text.Append(char.ConvertFromUtf32(scalar is >= 0xD800 and < 0xE000 ? 0xFFFD : scalar));
        }

        return text.ToString();
    }

    /// <summary>Printable ASCII: what can go in a header or a multipart part name.</summary>
    public string Ascii(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x21, 0x7F))]);

    /// <summary>Bytes that are not valid UTF-8, nor valid form encoding.</summary>
    public byte[] MalformedFormBytes()
    {
        string[] pieces = ["a=%ZZ", "%%=%", "b=%C0%AF", "=x", "&&&", "k", "c=%E9t%E9", "d=%F0%28%8C%28", "e=\u00ff", "f=%00", "g=%D8%00", "+=+", "h==="];
        var text = string.Join("&", Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        for (var i = random.Next(4); i > 0; i--)
        {
            bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(0x80, 0x100)); // a stray continuation or lead byte
        }

        return [.. bytes];
    }
}

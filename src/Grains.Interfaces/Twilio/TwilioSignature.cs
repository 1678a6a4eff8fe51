using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Concierge.Grains.Interfaces.Twilio;

/// <summary>
/// Twilio's request signature (<c>X-Twilio-Signature</c>): base64 HMAC-SHA1, keyed by the account's auth token, over
/// the URL Twilio requested followed by the POST parameters. Checks webhooks, and signs requests exactly as Twilio
/// does for the call simulator and tests.
/// </summary>
/// <remarks>
/// URLs are strings, never <see cref="Uri"/>: the signature covers the exact text Twilio requested, and
/// <see cref="Uri"/> would lowercase the host, drop default ports and re-escape the query.
/// </remarks>
public static class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>Query parameter Twilio adds to a JSON webhook's URL: the lowercase hex SHA-256 of the raw body.</summary>
    public const string BodyHashParameter = "bodySHA256";

    /// <summary>
    /// The signature Twilio sends for a request to <paramref name="url"/> (scheme to end of query, as-is) carrying the
    /// form <paramref name="parameters"/>; a key may repeat.
    /// </summary>
    public static string Sign(string url, IEnumerable<KeyValuePair<string, string>> parameters, string authToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        Hash(url, Encoding.UTF8.GetBytes(SignedParameters(parameters)), Encoding.UTF8.GetBytes(authToken), hash);
        return Convert.ToBase64String(hash);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is Twilio's for a form (or GET) request to <paramref name="url"/> with
    /// <paramref name="parameters"/>. An empty auth token validates nothing, so an unconfigured app accepts no request.
    /// </summary>
    public static bool Validate(string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature, string? authToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        // The parameters' part and the key are the same for every URL variant: built once per request.
        var signedParameters = Encoding.UTF8.GetBytes(SignedParameters(parameters));
        var key = Encoding.UTF8.GetBytes(authToken);
        foreach (var variant in PortVariants(url))
        {
            if (IsSignatureOf(variant, signedParameters, key, signature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="presented"/> is the signature of <paramref name="url"/> followed by the parameters' part:
    /// every webhook is checked, so the Base64 text is made in place rather than as a new string.
    /// </summary>
    private static bool IsSignatureOf(string url, byte[] signedParameters, byte[] key, string presented)
    {
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        Hash(url, signedParameters, key, hash);
        Span<char> expected = stackalloc char[Base64Length(HMACSHA1.HashSizeInBytes)];
        Convert.TryToBase64Chars(hash, expected, out var chars);
        return CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(expected[..chars]), MemoryMarshal.AsBytes(presented.AsSpan()));
    }

    /// <summary>HMAC-SHA1 of <paramref name="url"/> then the parameters' part, in a pooled buffer rather than a new array.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "Twilio's protocol fixes HMAC-SHA1.")]
    private static void Hash(string url, byte[] signedParameters, byte[] key, Span<byte> hash)
    {
        var length = Encoding.UTF8.GetByteCount(url) + signedParameters.Length;
        var data = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(url, data);
            signedParameters.CopyTo(data.AsSpan(written));
            HMACSHA1.HashData(key, data.AsSpan(0, length), hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(data);
        }
    }

    private static int Base64Length(int bytes) => (bytes + 2) / 3 * 4;

    /// <summary>What Twilio appends to the URL before signing: each key, then each of its distinct values, in ordinal order.</summary>
    private static string SignedParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        // Keys in ordinal order; Twilio signs each distinct value of a repeated key once, values in ordinal order. Sorting
        // the pairs by key then value and skipping a pair equal to the one before gives that order without grouping.
        KeyValuePair<string, string>[] pairs = [.. parameters];
        Array.Sort(pairs, static (a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Value, b.Value));
        var length = 0;
        foreach (var (key, value) in pairs)
        {
            length += key.Length + value.Length;
        }

        var signed = new StringBuilder(length); // at most every pair: sized once instead of grown (every webhook comes here)
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i == 0 || !string.Equals(pairs[i].Key, pairs[i - 1].Key, StringComparison.Ordinal) || !string.Equals(pairs[i].Value, pairs[i - 1].Value, StringComparison.Ordinal))
            {
                signed.Append(pairs[i].Key).Append(pairs[i].Value);
            }
        }

        return signed.ToString();
    }

    /// <summary>
    /// Whether a JSON webhook is Twilio's: the signature covers <paramref name="url"/> alone (no parameters appended),
    /// and the URL's <c>bodySHA256</c> must be the hash of the raw <paramref name="body"/>.
    /// </summary>
    public static bool ValidateJsonBody(string url, ReadOnlySpan<byte> body, string? signature, string? authToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var claimedHash = BodyHashIn(url);
        if (claimedHash is null)
        {
            return false;
        }

        var bodyMatches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(claimedHash), Encoding.UTF8.GetBytes(HashBody(body)));
        return Validate(url, [], signature, authToken) && bodyMatches;
    }

    /// <summary>Lowercase hex SHA-256 of a raw body, as Twilio puts it in <c>bodySHA256</c>.</summary>
    public static string HashBody(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>
    /// <paramref name="url"/> with <c>bodySHA256</c> appended to its query, as Twilio requests it when it sends
    /// <paramref name="body"/> as JSON; sign the result with no parameters.
    /// </summary>
    public static string AddBodyHash(string url, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(url);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{url}{separator}{BodyHashParameter}={HashBody(body)}";
    }

    /// <summary>
    /// The URL with its port removed and with its port explicit (the default one added when absent): Twilio has signed
    /// webhooks both ways, so a signature over either is accepted. Host and scheme keep their case.
    /// </summary>
    private static IEnumerable<string> PortVariants(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return [url];
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url[authorityStart..authorityEnd];
        var colon = authority.LastIndexOf(':');
        var hasPort = colon > authority.LastIndexOf('@')
            && colon > authority.LastIndexOf(']')
            && colon < authority.Length - 1
            && authority[(colon + 1)..].All(char.IsAsciiDigit);
        var host = hasPort ? authority[..colon] : authority;

        var prefix = url[..authorityStart];
        var suffix = url[authorityEnd..];
        var withoutPort = prefix + host + suffix;
        var defaultPort = DefaultPort(url[..schemeEnd]);
        var withPort = hasPort ? url : defaultPort is null ? withoutPort : $"{prefix}{host}:{defaultPort}{suffix}";
        return new[] { withoutPort, withPort }.Distinct(StringComparer.Ordinal);
    }

    private static string? DefaultPort(string scheme) =>
        string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? "443"
        : string.Equals(scheme, "http", StringComparison.OrdinalIgnoreCase) ? "80"
        : null;

    private static string? BodyHashIn(string url)
    {
        var queryStart = url.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return null;
        }

        var fragmentStart = url.IndexOf('#', queryStart);
        var query = fragmentStart < 0 ? url[(queryStart + 1)..] : url[(queryStart + 1)..fragmentStart];
        foreach (var pair in query.Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(BodyHashParameter))
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}

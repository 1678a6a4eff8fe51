using System.Security.Cryptography;
using System.Text;

namespace Concierge.Grains.Interfaces.Companies;

/// <summary>
/// API keys: 32 random bytes, URL-safe, prefixed so a leaked key is recognisable. Keys carry that much entropy,
/// so a plain SHA-256 is the right hash (a slow password hash would only cost every request).
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "ck_";

    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A short random id to list and revoke a key by.</summary>
    public static string NewKeyId() => Base64Url(RandomNumberGenerator.GetBytes(6));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The dashboard's one stylesheet and one script, embedded in the assembly: the app runs from its build output, a
/// published folder or a container with whatever content root it is given, and its assets travel with the code.
/// Each URL carries a hash of the content, so browsers may cache it for good.
/// </summary>
public static class DashboardAssets
{
    public const string PathPrefix = "/assets";

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>The URL of asset <paramref name="name"/> (e.g. <c>dashboard.css</c>), versioned by its content.</summary>
    public static string Url(string name) => $"{PathPrefix}/{name}?v={Assets[name].Version}";

    internal static Results<FileContentHttpResult, NotFound> Serve(string name, HttpResponse response)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return TypedResults.NotFound();
        }

        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue($"\"{asset.Version}\""));
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        const string prefix = "dashboard-assets/";
        return assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(resource => resource[prefix.Length..], resource =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var content = buffer.ToArray();
                var contentType = Path.GetExtension(resource) == ".css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
                return new Asset(content, contentType, Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
            });
    }

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}

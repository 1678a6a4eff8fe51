using Microsoft.AspNetCore.Routing.Template;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// The methods the dashboard answers at an address, for the not-found fallback to tell a known address asked with the
/// wrong method (405) from an unknown one (404). Routing cannot: the fallback accepts every method, so it is chosen over
/// a known address whose endpoints take other methods.
/// </summary>
internal static class AddressMethods
{
    /// <summary>The methods of the endpoints (other than the fallback) whose route matches <paramref name="path"/>; empty when none does.</summary>
    public static IReadOnlyList<string> At(EndpointDataSource endpoints, PathString path) =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not null && !IsFallback(e))
            .Where(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), []).TryMatch(path, []))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal),
    ];

    private static bool IsFallback(RouteEndpoint endpoint) => endpoint.RoutePattern.Parameters.Any(p => p.IsCatchAll);
}

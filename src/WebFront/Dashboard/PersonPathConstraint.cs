using Microsoft.AspNetCore.Routing.Matching;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// A first path segment a person may have typed: anything but the prefixes machines call, <c>api</c> (the REST API) and
/// <c>twilio</c> (webhooks). As a literal policy it keeps the not-found fallback out of those branches of the route table
/// altogether: there, a known route's 405 (another method) and 415 (not JSON) must still be answered, and routing would
/// otherwise prefer the fallback, which accepts any method and body, to those answers.
/// </summary>
internal sealed class PersonPathConstraint : IRouteConstraint, IParameterLiteralNodeMatchingPolicy
{
    public const string Name = "personpath";

    private static readonly string[] MachinePrefixes = ["api", "twilio"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        !values.TryGetValue(routeKey, out var value) || value is not string segment || IsPersonSegment(segment);

    public bool MatchesLiteral(string parameterName, string literal) => IsPersonSegment(literal);

    private static bool IsPersonSegment(string segment) =>
        !MachinePrefixes.Any(prefix => segment.Equals(prefix, StringComparison.OrdinalIgnoreCase));
}

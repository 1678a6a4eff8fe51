using System.Text.RegularExpressions;

namespace Concierge.WebFront.Logging;

/// <summary>
/// A request's path as logs and traces may show it: the matched route's template (<c>/api/exceptions/{phone}</c>, never
/// the number), or for a path no route matched, the path with any long digit run masked.
/// </summary>
public static partial class RedactedPath
{
    public static string Of(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { Length: > 0 } template }
            ? template
            : DigitRun().Replace(context.Request.Path.Value ?? "", run => string.Concat(new string('*', run.Length - 2), run.Value[^2..]));

    [GeneratedRegex("[0-9]{6,}")]
    private static partial Regex DigitRun();
}

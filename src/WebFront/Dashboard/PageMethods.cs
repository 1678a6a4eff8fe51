using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Concierge.WebFront.Dashboard;

/// <summary>
/// Each page answers only the methods it has handlers for (a page with only <c>OnGet</c>: GET and HEAD). Declared as
/// endpoint metadata, so routing itself answers another method with 405 and an Allow header, before antiforgery or the
/// page run: Razor Pages would otherwise render the page for a POST it has no handler for.
/// </summary>
internal static class PageMethods
{
    public static void Declare(PageApplicationModel page)
    {
        // The not-found page is also the fallback for every unknown address: it must stay open to every method.
        if (page.ViewEnginePath == DashboardEndpoints.NotFoundPage)
        {
            return;
        }

        var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
        if (methods.Contains(HttpMethods.Get))
        {
            methods.Add(HttpMethods.Head);
        }

        if (methods.Count > 0)
        {
            page.EndpointMetadata.Add(new HttpMethodMetadata(methods));
        }
    }
}

using Concierge.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Concierge.WebFront.Tests.Configuration;

/// <summary>The app as a given environment would host it, with only the given settings, its files under <c>contentRoot</c>.</summary>
internal static class AppWithSettings
{
    public static WebApplicationFactory<Program> Create(string contentRoot, string environment, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseFreeSiloPort();
            web.UseEnvironment(environment).UseContentRoot(contentRoot);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
}

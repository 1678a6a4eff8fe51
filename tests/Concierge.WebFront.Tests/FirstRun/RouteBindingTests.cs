using System.Reflection;
using Concierge.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.WebFront.Tests.FirstRun;

/// <summary>
/// A route handler ASP.NET binds at run time costs an expression tree compiled when the first request arrives: about
/// 0.15 s of CPU for our routes, paid by the first caller after every restart. The request delegate generator writes that
/// binding at build time instead, but falls back to run time without a word for a handler it cannot read.
/// </summary>
public sealed class RouteBindingTests(ConciergeAppFactory app) : IClassFixture<ConciergeAppFactory>
{
    private const string GeneratedNamespace = "Microsoft.AspNetCore.Http.Generated";

    [Fact]
    public void EveryRouteHandlerOfOursIsBoundByCodeGeneratedAtBuildTime()
    {
        var ours = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<MethodInfo>()?.DeclaringType?.Assembly == typeof(Program).Assembly)
            .ToList();

        Assert.True(ours.Count > 60, $"only {ours.Count} route handlers found");
        var boundAtRunTime = ours
            .Where(endpoint => endpoint.RequestDelegate?.Method.DeclaringType?.Namespace?.StartsWith(GeneratedNamespace, StringComparison.Ordinal) != true)
            .Select(endpoint => $"{string.Join(',', endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {endpoint.RoutePattern.RawText}");
        Assert.Empty(boundAtRunTime);
    }
}

using System.Security.Claims;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Silo.Webhooks;
using Concierge.WebFront.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans;

namespace Concierge.WebFront.Api;

/// <summary>
/// <c>/api/webhook</c>: where the company's outgoing webhooks go (its CRM or ticket system), the secret they are signed
/// with (shown once, rotatable), and the deliveries with their outcome. Signature format: README, "Outgoing webhooks".
/// </summary>
public static class WebhookApi
{
    public static RouteGroupBuilder MapWebhookApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/webhook").WithTags("Webhooks")
            .RequireAuthorization(ApiPolicies.Company).RequireRateLimiting(ApiPolicies.PerKey).WithApiProblems();
        group.MapGet("/", GetAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("The webhook endpoint (without its secret).");
        group.MapPut("/", SetAsync).Accepts<WebhookInput>("application/json").WithBodyProblems()
            .WithSummary("Sets the webhook URL; the first time, the answer carries the signing secret, shown this once.");
        group.MapPost("/secret", RotateAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Replaces the signing secret; the answer carries the new one, shown this once. Deliveries are signed with it at once.");
        group.MapPost("/test", SendTestAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Sends a signed webhook.test event to the endpoint, through the outbox like any delivery; the answer is the delivery (202).");
        group.MapDelete("/", RemoveAsync).WithSummary("Removes the endpoint and its secret; deliveries not yet sent are skipped.");
        group.MapGet("/deliveries", ListAsync)
            .WithSummary("Lists deliveries newest first with their outcome (pending, delivered, failed, skipped); filter by status; page with cursor.");
        return group;
    }

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> GetAsync(ClaimsPrincipal user, IGrainFactory grains) =>
        await Endpoint(grains, user).GetAsync() is { } endpoint ? TypedResults.Ok(WebhookResponse.Of(endpoint)) : NoEndpoint();

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult, ValidationProblem>> SetAsync(
        HttpRequest request, JsonBody body, ClaimsPrincipal user, IGrainFactory grains, WebhookAddressPolicy policy)
    {
        var (input, problem) = await body.ReadAsync<WebhookInput>(request);
        if (problem is not null)
        {
            return problem;
        }

        var validation = new Validation();
        var url = Url(validation, input!.Url, policy);
        return url is null
            ? validation.Problem
            : TypedResults.Ok(WebhookResponse.Of(await Endpoint(grains, user).SetUrlAsync(url)));
    }

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> RotateAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var endpoint = Endpoint(grains, user);
        return await endpoint.RotateSecretAsync() is { } secret && await endpoint.GetAsync() is { } saved
            ? TypedResults.Ok(WebhookResponse.Of(saved) with { Secret = secret })
            : NoEndpoint();
    }

    private static async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemHttpResult>> SendTestAsync(ClaimsPrincipal user, WebhookTestEvent test) =>
        await test.SendAsync(user.CompanyId()) is { } delivery
            ? TypedResults.Accepted("/api/webhook/deliveries", WebhookDeliveryResponse.Of(delivery))
            : NoEndpoint();

    private static async Task<NoContent> RemoveAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        await Endpoint(grains, user).RemoveAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<WebhookDeliveryPageResponse>, ValidationProblem>> ListAsync(
        string? status, [AsParameters] PageQuery page, ClaimsPrincipal user, WebhookQueries deliveries, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (after, take) = page.Read(validation);
        var wanted = status is null ? null : validation.OneOf("status", status, WebhookDeliveryStatuses.All);
        if (!validation.IsValid)
        {
            return validation.Problem;
        }

        var found = await deliveries.ListAsync(user.CompanyId(), wanted, after, take, cancellationToken);
        return TypedResults.Ok(new WebhookDeliveryPageResponse([.. found.Items.Select(WebhookDeliveryResponse.Of)], found.Next?.Encode()));
    }

    /// <summary>The endpoint URL when it is one the policy allows; null (and the field's error) otherwise.</summary>
    internal static Uri? Url(Validation validation, string? value, WebhookAddressPolicy policy)
    {
        if (validation.Required("url", value, WebhookAddressPolicy.MaxUrlLength) is not { } text)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            validation.Add("url", "url must be an absolute http or https URL.");
            return null;
        }

        if (policy.Problem(url) is { } problem)
        {
            validation.Add("url", $"url {problem}");
            return null;
        }

        return url;
    }

    private static IWebhookEndpointGrain Endpoint(IGrainFactory grains, ClaimsPrincipal user) => grains.GetGrain<IWebhookEndpointGrain>(user.CompanyId());

    private static ProblemHttpResult NoEndpoint() => ApiProblems.NotFound("The company has no webhook endpoint; set one with PUT /api/webhook.");
}

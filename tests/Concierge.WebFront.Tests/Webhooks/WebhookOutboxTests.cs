using System.Net;
using Concierge.Grains.Interfaces.Webhooks;
using Concierge.Silo.Webhooks;
using Concierge.WebFront.Tests.Api;
using Concierge.WebFront.Tests.Notes;

namespace Concierge.WebFront.Tests.Webhooks;

public sealed class WebhookOutboxTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    [Fact]
    public async Task DeliveryArrivesAsSignedJsonTheReceiverCanVerifyAndDeduplicate()
    {
        var (company, secret) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url($"/hooks/{Guid.NewGuid():N}"));
        var body = """{"event":"test","caller":"Sam"}""";

        await WebhookApp.EnqueueAsync(app.Grains, company.Id, "d-signed", body);
        var delivery = await WebhookApp.SettledAsync(app.Grains, company.Id, "d-signed");

        Assert.Equal(WebhookDeliveryStatuses.Delivered, delivery.Status);
        var received = Assert.Single(app.Receiver.Requests, r => r.Header(WebhookSignature.DeliveryHeader) == "d-signed" && r.Body == body);
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        Assert.Equal("test.event", received.Header(WebhookSignature.EventHeader));
        Assert.True(WebhookSignatureCheck.IsValid(received.Header(WebhookSignature.SignatureHeader), secret, received.Body, out var signedAt));
        Assert.InRange(signedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.False(WebhookSignatureCheck.IsValid(received.Header(WebhookSignature.SignatureHeader), secret, received.Body + " ", out _));
    }

    [Fact]
    public async Task ATestEventReachesTheEndpointSignedAndIsListedWithItsOutcome()
    {
        var path = $"/hooks/{Guid.NewGuid():N}";
        var (company, secret) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url(path));

        var sent = await (await company.Api.PostJsonAsync("/api/webhook/test", new { })).JsonAsync(HttpStatusCode.Accepted);
        var id = sent.GetProperty("id").GetString()!;
        var delivery = await WebhookApp.SettledAsync(app.Grains, company.Id, id);
        var listed = await (await company.Api.GetAsync("/api/webhook/deliveries?status=delivered")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((WebhookTestEvent.Type, WebhookDeliveryStatuses.Pending), (sent.GetProperty("event").GetString(), sent.GetProperty("status").GetString()));
        Assert.Equal(WebhookDeliveryStatuses.Delivered, delivery.Status);
        var received = Assert.Single(app.Receiver.Requests, r => r.Path == path);
        Assert.Equal(WebhookTestEvent.Type, received.Header(WebhookSignature.EventHeader));
        Assert.True(WebhookSignatureCheck.IsValid(received.Header(WebhookSignature.SignatureHeader), secret, received.Body, out _));
        using var body = System.Text.Json.JsonDocument.Parse(received.Body);
        Assert.Equal((WebhookTestEvent.Type, id, company.Id), (body.RootElement.GetProperty("event").GetString(), body.RootElement.GetProperty("deliveryId").GetString(), body.RootElement.GetProperty("companyId").GetString()));
        Assert.Equal(id, Assert.Single(WebhookApp.Items(listed)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task ATestEventWithoutAnEndpointIsRefusedAndSendsNothing()
    {
        var company = await NotesApp.NewCompanyAsync(app);

        await (await company.Api.PostJsonAsync("/api/webhook/test", new { })).ProblemAsync(HttpStatusCode.NotFound);

        var listed = await (await company.Api.GetAsync("/api/webhook/deliveries")).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(WebhookApp.Items(listed));
    }

    [Fact]
    public async Task ReceiverFailingTwiceGetsTheDeliveryAgainUntilItAcceptsAndThenNeverAgain()
    {
        var path = $"/hooks/{Guid.NewGuid():N}";
        var (company, secret) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url(path));
        app.Receiver.FailNext(500, 2);

        await WebhookApp.EnqueueAsync(app.Grains, company.Id, "d-retry");
        var delivery = await WebhookApp.SettledAsync(app.Grains, company.Id, "d-retry");
        await Task.Delay(TimeSpan.FromSeconds(2)); // two sweeps: an acknowledged delivery is not sent again

        var requests = app.Receiver.Requests.Where(r => r.Path == path).ToList();
        Assert.Equal([500, 500, 200], requests.Select(r => r.AnsweredStatus));
        Assert.All(requests, r => Assert.Equal("d-retry", r.Header(WebhookSignature.DeliveryHeader)));
        Assert.All(requests, r => Assert.True(WebhookSignatureCheck.IsValid(r.Header(WebhookSignature.SignatureHeader), secret, r.Body, out _)));
        Assert.Equal(WebhookDeliveryStatuses.Delivered, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
    }

    [Fact]
    public async Task EnqueueingTheSameDeliveryIdAgainSendsItOnce()
    {
        var path = $"/hooks/{Guid.NewGuid():N}";
        var (company, _) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url(path));

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => WebhookApp.EnqueueAsync(app.Grains, company.Id, "d-same")));
        await WebhookApp.SettledAsync(app.Grains, company.Id, "d-same");
        await WebhookApp.EnqueueAsync(app.Grains, company.Id, "d-same");
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Single(app.Receiver.Requests, r => r.Path == path);
    }

    [Fact]
    public async Task DeliveryEveryAttemptOfWhichFailsEndsAsFailedAndIsListedSo()
    {
        var path = $"/hooks/{Guid.NewGuid():N}";
        var (company, _) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url(path));
        app.Receiver.FailNext(503, WebhookApp.MaxAttempts);

        await WebhookApp.EnqueueAsync(app.Grains, company.Id, "d-failed");
        var delivery = await WebhookApp.SettledAsync(app.Grains, company.Id, "d-failed");
        var failed = await (await company.Api.GetAsync("/api/webhook/deliveries?status=failed")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(WebhookDeliveryStatuses.Failed, delivery.Status);
        Assert.Equal(WebhookApp.MaxAttempts, app.Receiver.Requests.Count(r => r.Path == path));
        var listed = Assert.Single(WebhookApp.Items(failed));
        Assert.Equal("d-failed", listed.GetProperty("id").GetString());
        Assert.Equal("HTTP 503", listed.GetProperty("error").GetString());
    }

    [Fact]
    public async Task DeliveryForACompanyWithoutAnEndpointIsSkipped()
    {
        var company = await NotesApp.NewCompanyAsync(app);

        await WebhookApp.EnqueueAsync(app.Grains, company.Id, "d-nowhere");

        Assert.Equal(WebhookDeliveryStatuses.Skipped, (await WebhookApp.SettledAsync(app.Grains, company.Id, "d-nowhere")).Status);
    }

    [Fact]
    public async Task CompanySeesOnlyItsOwnDeliveries()
    {
        var (first, _) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url());
        var (second, _) = await WebhookApp.CompanyWithEndpointAsync(app, app.Receiver.Url());
        await WebhookApp.EnqueueAsync(app.Grains, first.Id, "d-mine");
        await WebhookApp.SettledAsync(app.Grains, first.Id, "d-mine");

        var theirs = await (await second.Api.GetAsync("/api/webhook/deliveries")).JsonAsync(HttpStatusCode.OK);
        var mine = await (await first.Api.GetAsync("/api/webhook/deliveries")).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(WebhookApp.Items(theirs));
        Assert.Equal("delivered", Assert.Single(WebhookApp.Items(mine)).GetProperty("status").GetString());
    }
}

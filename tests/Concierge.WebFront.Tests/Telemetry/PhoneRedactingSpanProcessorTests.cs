using System.Diagnostics;
using Concierge.WebFront.Telemetry;

namespace Concierge.WebFront.Tests.Telemetry;

public sealed class PhoneRedactingSpanProcessorTests
{
    [Fact]
    public void ASpanLeavesWithItsPhoneNumbersMaskedAndItsOtherTagsAsTheyWere()
    {
        using var span = new Activity("caller/default/+14155550123");
        span.SetTag("rpc.orleans.target_id", "caller/default/+14155550123");
        span.SetTag("http.route", "/api/callers/{phone}");
        span.SetTag("http.response.status_code", 200);

        using var processor = new PhoneRedactingSpanProcessor();
        processor.OnEnd(span);

        Assert.DoesNotContain("4155550123", span.DisplayName, StringComparison.Ordinal);
        Assert.DoesNotContain("4155550123", (string)span.GetTagItem("rpc.orleans.target_id")!, StringComparison.Ordinal);
        Assert.Equal("/api/callers/{phone}", span.GetTagItem("http.route"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
    }
}

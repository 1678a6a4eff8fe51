using System.Text;
using Concierge.WebFront.Twilio;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concierge.WebFront.Tests.Twilio;

/// <summary>A webhook's form is read, cleaned and typed once per request, and each endpoint checks only the fields it requires.</summary>
public sealed class TwilioCallFormTests
{
    [Fact]
    public async Task TheFormIsTypedAndCleanedWhereItEnters()
    {
        var request = Request(
            "CallSid=CA123&From=%2B14155550100&To=%2B14155550199&CallerName=SAM%01%0BSMITH&SpeechResult=Hi%07+there&Confidence=0.87" +
            "&DialCallStatus=no-answer&DialCallDuration=12&DialBridged=false&CallStatus=completed&CallDuration=NaN&ForwardedFrom=+");

        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid", "From", "To");

        Assert.Null(problem);
        Assert.Equal("CA123", form.CallSid);
        Assert.Equal("+14155550100", form.From);
        Assert.Equal("+14155550199", form.To);
        Assert.Equal("SAM SMITH", form.CallerName);
        Assert.Equal("Hi there", form.SpeechResult);
        Assert.Equal(0.87, form.Confidence);
        Assert.Equal("no-answer", form.DialCallStatus);
        Assert.Equal(12, form.DialCallDuration);
        Assert.False(form.DialBridged);
        Assert.Equal("completed", form.CallStatus);
        Assert.Null(form.CallDuration); // not a finite number
        Assert.Null(form.ForwardedFrom); // blank
        Assert.Null(form.Digits); // absent
    }

    [Fact]
    public async Task AnEmptyDigitsFieldIsToldApartFromAnAbsentOne()
        => Assert.Equal("", (await TwilioWebhook.ReadAsync(Request("CallSid=CA123&Digits="))).Form.Digits);

    [Fact]
    public async Task EveryReaderOfARequestGetsTheSameFormReadOnce()
    {
        var request = Request("CallSid=CA123&SpeechResult=hello");

        var first = (await TwilioWebhook.ReadAsync(request)).Form;
        request.Body = new MemoryStream(); // a second read of the body would find nothing
        var second = (await TwilioWebhook.ReadAsync(request, "CallSid")).Form;

        Assert.Same(first, second);
    }

    [Fact]
    public async Task MissingAndMalformedRequiredFieldsAreNamedInA400()
    {
        var (_, problem) = await TwilioWebhook.ReadAsync(Request("CallSid=CA%0A1&From=+"), "CallSid", "From", "To");

        var validation = Assert.IsType<ValidationProblem>(problem);
        Assert.Equal(StatusCodes.Status400BadRequest, validation.StatusCode);
        Assert.Equal(["CallSid", "From", "To"], validation.ProblemDetails.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ABodyThatIsNotAReadableFormIsA400()
    {
        var request = Request("%");
        request.ContentType = "multipart/form-data; boundary=x";
        request.Body = new MemoryStream(Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"));

        var (form, problem) = await TwilioWebhook.ReadAsync(request, "CallSid");

        Assert.Equal(StatusCodes.Status400BadRequest, Assert.IsType<ProblemHttpResult>(problem).StatusCode);
        Assert.Equal("", form.CallSid);
    }

    private static HttpRequest Request(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }
}

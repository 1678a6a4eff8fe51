using Concierge.Silo.Hosting;
using Concierge.WebFront.Health;
using Concierge.WebFront.Logging;
using Concierge.WebFront.Twilio;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddConciergeKeyVault();
builder.AddConciergeLogging();
builder.AddConciergeSilo();
builder.Services.AddProblemDetails();
builder.Services.AddTwilioWebhooks();

var app = builder.Build();
app.UseConciergeRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapTwilioVoice();
app.Run();
return 0;

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;

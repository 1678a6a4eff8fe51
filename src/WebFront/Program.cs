using Concierge.Silo.Hosting;
using Concierge.WebFront.Api;
using Concierge.WebFront.Errors;
using Concierge.WebFront.Dashboard;
using Concierge.WebFront.Health;
using Concierge.WebFront.Leads;
using Concierge.WebFront.Logging;
using Concierge.WebFront.Media;
using Concierge.WebFront.Proxy;
using Concierge.WebFront.StartUp;
using Concierge.WebFront.Telemetry;
using Concierge.WebFront.Twilio;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(Console.Out);
}

var builder = WebApplication.CreateBuilder(ConfigurationFiles.ReadOnce(args));
builder.ExitOnConfigurationError();
builder.AddConciergeKeyVault();
builder.AddConciergeLogging();
builder.AddConciergeSilo();
builder.AddConciergeTelemetry();
builder.AddTwilioMediaStreams();
builder.Services.AddConciergeForwardedHeaders();
builder.Services.AddConciergeProblemDetails();
builder.Services.AddTwilioWebhooks();
builder.Services.AddConciergeApi();
builder.Services.AddConciergeDashboard();
builder.Services.AddLeadIntake();
builder.Services.AddStartBanner();

var app = builder.Build();
app.UseConciergeForwardedHeaders();
app.UseConciergeRequestLogging();
app.UseConciergeTelemetry();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapHealthEndpoints();
app.MapTwilioVoice();
app.MapLeadWebhooks();
app.MapTwilioMediaStreams();
app.MapConciergeApi();
app.MapConciergeDashboard();
app.MapConciergeMetrics();
app.Run();
return 0;

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;

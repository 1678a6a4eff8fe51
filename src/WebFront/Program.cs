using Concierge.Silo.Hosting;
using Concierge.WebFront.Api;
using Concierge.WebFront.Health;
using Concierge.WebFront.Twilio;

var builder = WebApplication.CreateBuilder(args);
builder.AddConciergeSilo();
builder.Services.AddProblemDetails();
builder.Services.AddTwilioWebhooks();
builder.Services.AddConciergeApi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapHealthEndpoints();
app.MapTwilioVoice();
app.MapConciergeApi();
app.Run();

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;

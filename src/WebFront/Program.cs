using Concierge.Silo.Hosting;
using Concierge.WebFront.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddConciergeSilo();

var app = builder.Build();
app.MapHealthEndpoints();
app.Run();

/// <summary>Entry point; public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;

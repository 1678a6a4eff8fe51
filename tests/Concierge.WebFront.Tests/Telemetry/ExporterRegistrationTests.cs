using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Concierge.TestSupport;
using OpenTelemetry.Trace;

namespace Concierge.WebFront.Tests.Telemetry;

/// <summary>An exporter, and the spans only it would read, is registered only when its standard variable is set: nothing collects for a collector that is not there.</summary>
public sealed class ExporterRegistrationTests
{
    private const string Otlp = "OpenTelemetry.Exporter.OpenTelemetryProtocol";
    private const string AzureMonitor = "Azure.Monitor.OpenTelemetry.AspNetCore";

    [Fact]
    public async Task WithoutTheirVariablesNeitherOtlpNorAzureMonitorIsRegistered()
    {
        await using var app = new ServicesApp();
        _ = app.Services;

        Assert.False(app.Registers(Otlp));
        Assert.False(app.Registers(AzureMonitor));
    }

    [Fact]
    public async Task OtlpIsRegisteredWhenItsEndpointIsSetAndAzureMonitorWhenItsConnectionStringIs()
    {
        await using var otlp = new ServicesApp();
        otlp.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";
        await using var azure = new ServicesApp();
        azure.Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"] =
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/";
        _ = otlp.Services;
        _ = azure.Services;

        Assert.True(otlp.Registers(Otlp));
        Assert.False(otlp.Registers(AzureMonitor));
        Assert.True(azure.Registers(AzureMonitor));
    }

    [Fact]
    public async Task SpansAreCollectedOnlyWhenAnExporterWillSendThem()
    {
        await using var none = new ServicesApp();
        await using var otlp = new ServicesApp();
        otlp.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";
        _ = none.Services;
        _ = otlp.Services;

        Assert.False(none.CollectsSpans);
        Assert.True(otlp.CollectsSpans);
    }

    /// <summary>The app, keeping its service registrations to look at.</summary>
    private sealed class ServicesApp : ConciergeAppFactory
    {
        private IServiceCollection? registrations;

        public bool Registers(string assembly) => registrations!.Any(d => Types(d).Any(t => t?.Assembly.GetName().Name == assembly));

        public bool CollectsSpans => registrations!.Any(d => d.ServiceType == typeof(TracerProvider));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => registrations = services);
        }

        private static IEnumerable<Type?> Types(ServiceDescriptor d) =>
        [
            d.ServiceType, .. d.ServiceType.GenericTypeArguments,
            d.IsKeyedService ? d.KeyedImplementationType : d.ImplementationType,
            (d.IsKeyedService ? d.KeyedImplementationInstance : d.ImplementationInstance)?.GetType(),
            ((Delegate?)(d.IsKeyedService ? d.KeyedImplementationFactory : d.ImplementationFactory))?.Method.DeclaringType,
        ];
    }
}

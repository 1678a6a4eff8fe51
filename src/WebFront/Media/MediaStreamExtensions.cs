using Concierge.Grains.Calls.Streams;
using Concierge.Silo.Brains;
using Concierge.Silo.Hosting;
using Concierge.Silo.Realtime;
using Microsoft.Extensions.Options;

namespace Concierge.WebFront.Media;

public static class MediaStreamExtensions
{
    /// <summary>
    /// Realtime voice: <c>Concierge:Voice</c> (a new company's voice mode), <c>Concierge:Realtime</c> (the model), whether
    /// calls can have it (<see cref="RealtimeVoice"/>, read by the call grain), and the relay's shared services.
    /// </summary>
    public static IHostApplicationBuilder AddTwilioMediaStreams(this IHostApplicationBuilder builder)
    {
        builder.AddConciergeSettings<VoiceOptions>(VoiceOptions.SectionName, options => options.Validate());
        builder.AddConciergeSettings<RealtimeOptions>(RealtimeOptions.SectionName, options => options.Validate());
        builder.Services.AddSingleton(sp =>
            sp.GetRequiredService<IOptions<RealtimeOptions>>().Value.Availability(sp.GetRequiredService<IOptions<ModelOptions>>().Value));
        builder.Services.AddSingleton<RealtimeConnector>();
        builder.Services.AddSingleton<PreopenedModelSessions>();
        builder.Services.AddSingleton<FillerClips>();
        builder.Services.AddSingleton<MediaRelayServices>();
        return builder;
    }
}

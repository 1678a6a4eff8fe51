using Orleans;

namespace Concierge.WebFront.Media;

/// <summary>What every relayed stream uses, shared by all of them.</summary>
public sealed class MediaRelayServices(IGrainFactory grains, RealtimeConnector connector, FillerClips fillers, TimeProvider time, ILogger<MediaRelay> logger)
{
    public IGrainFactory Grains { get; } = grains;

    public RealtimeConnector Connector { get; } = connector;

    public FillerClips Fillers { get; } = fillers;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;
}

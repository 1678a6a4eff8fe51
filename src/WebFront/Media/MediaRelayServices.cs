using Orleans;

namespace Concierge.WebFront.Media;

/// <summary>What every relayed stream uses, shared by all of them.</summary>
public sealed class MediaRelayServices(IGrainFactory grains, RealtimeConnector connector, PreopenedModelSessions preopened, FillerClips fillers, TimeProvider time, ILogger<MediaRelay> logger)
{
    public IGrainFactory Grains { get; } = grains;

    public RealtimeConnector Connector { get; } = connector;

    /// <summary>Where a stream takes the model socket opened for its call while the phone was answered.</summary>
    public PreopenedModelSessions Preopened { get; } = preopened;

    public FillerClips Fillers { get; } = fillers;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;
}

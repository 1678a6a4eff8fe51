using Orleans;

namespace Concierge.Grains.Interfaces;

/// <summary>
/// A record that crosses a grain boundary carrying what callers said, who they are or a secret. Orleans writes message
/// bodies into its logs (traces, and warnings about slow responses), so such a record prints its type name only:
/// logs never carry a conversation, a name or a key.
/// </summary>
[GenerateSerializer, Immutable, Alias("concierge.PrivateRecord")]
public abstract record PrivateRecord
{
    public sealed override string ToString() => GetType().Name;
}

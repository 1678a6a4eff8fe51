using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Interfaces.Storage;

/// <summary>
/// A grain could not read or write its state: the store is down, overloaded or locked. Nothing was written. It crosses
/// silos as itself (a database driver's exception has no serializer), so a webhook answers with its fallback and the
/// API with a 503, whichever silo the grain lives on.
/// </summary>
[GenerateSerializer, Alias("concierge.StoreUnavailableException")]
public sealed class StoreUnavailableException(string message) : OrleansException(message);

using Orleans;
using Orleans.Runtime;

namespace Concierge.Grains.Interfaces.Telephony;

/// <summary>
/// The phone network refused or could not be asked to do something. It crosses silos as itself, with what the provider
/// said, so a grain on another silo still learns whether the side effect may have happened.
/// </summary>
[GenerateSerializer, Alias("concierge.TelephonyException")]
public sealed class TelephonyException : OrleansException
{
    public TelephonyException()
    {
    }

    public TelephonyException(string message)
        : base(message)
    {
    }

    public TelephonyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The provider's own error code (Twilio's, e.g. 21211 for an invalid To number), when it answered with one.</summary>
    [Id(0)]
    public int? ProviderCode { get; init; }

    /// <summary>The HTTP status the provider answered with; null when it could not be reached or did not answer.</summary>
    [Id(1)]
    public int? HttpStatus { get; init; }

    /// <summary>Where the provider documents <see cref="ProviderCode"/>.</summary>
    [Id(2)]
    public Uri? MoreInfo { get; init; }

    /// <summary>
    /// True when the request may have been carried out although it failed (no answer, a time-out, a server error): the
    /// caller must not simply repeat a side effect, but check first or accept that it may have happened.
    /// </summary>
    [Id(3)]
    public bool MayHaveHappened { get; init; }
}

using Concierge.Grains.Interfaces.Calls;

namespace Concierge.Grains.Calls.Streams;

/// <summary>A realtime call's media stream, in the call's state: the one-time token, and what its end leads to.</summary>
public sealed class CallStreamState
{
    /// <summary>The token the stream's start must present (<see cref="StreamStep.Token"/>).</summary>
    public string Token { get; set; } = "";

    /// <summary>A stream started with the token: another start with it is refused.</summary>
    public bool Used { get; set; }

    /// <summary>What the voice model says first.</summary>
    public string Greeting { get; set; } = "";

    /// <summary>The step the stream's end answers (a decision's, or gather-mode screening after a stream without one).</summary>
    public CallStep? Next { get; set; }

    /// <summary>
    /// The caller's request the model handed to the booking dialogue (<see cref="StreamTools.BookAppointment"/>): the
    /// dialogue starts from it when the stream has closed, and its first step becomes <see cref="Next"/>.
    /// </summary>
    public string? BookingRequest { get; set; }
}

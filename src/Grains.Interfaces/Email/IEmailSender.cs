namespace Concierge.Grains.Interfaces.Email;

/// <summary>
/// Sends one e-mail (the port grains send through; the SMTP adapter lives in the silo). Answers whether the server accepted
/// it; a refusal, a network failure or a timeout is a failed attempt, never an exception.
/// </summary>
public interface IEmailSender
{
    /// <summary>Whether a server is configured: without one nothing can be sent, and the caller records that instead.</summary>
    bool IsConfigured { get; }

    Task<EmailAttempt> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>One e-mail, from the configured sender, with an HTML and a plain text body (both already escaped).</summary>
/// <param name="MessageId">
/// Stable for what the e-mail announces (no angle brackets, no domain): a message resent after a crash between the
/// server's acceptance and our record of it carries the same Message-Id, so receivers can drop the copy.
/// </param>
public sealed record EmailMessage(string MessageId, IReadOnlyList<string> To, string Subject, string Html, string Text);

/// <summary>The outcome of one attempt: accepted by the server, or why not.</summary>
public sealed record EmailAttempt(bool Accepted, string? Error)
{
    public static EmailAttempt Sent { get; } = new(true, null);

    public static EmailAttempt Failed(string error) => new(false, error);
}

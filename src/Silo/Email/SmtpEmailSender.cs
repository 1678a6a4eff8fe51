using System.Net.Sockets;
using Concierge.Grains.Interfaces.Email;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Concierge.Silo.Email;

/// <summary>
/// <see cref="IEmailSender"/> over MailKit: one connection per message (outcome e-mails are few), STARTTLS when offered,
/// authentication when a user is set. The message counts as sent once the server accepted its data; a failure to say
/// goodbye afterwards does not make it a failed attempt (that would send it twice).
/// </summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    private const int ImplicitTlsPort = 465;

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<EmailAttempt> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            return EmailAttempt.Failed("No SMTP server is configured.");
        }

        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds };
        try
        {
            var security = smtp.Port == ImplicitTlsPort ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(Mime(message, smtp), cancellationToken);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or AuthenticationException
            or SslHandshakeException or SocketException or IOException or TimeoutException or OperationCanceledException)
        {
            return EmailAttempt.Failed(e is SmtpCommandException refused ? $"{(int)refused.StatusCode} {refused.Message}" : $"{e.GetType().Name}: {e.Message}");
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or OperationCanceledException)
        {
            // Accepted already: the goodbye is a courtesy.
        }

        return EmailAttempt.Sent;
    }

    private static MimeMessage Mime(EmailMessage message, SmtpOptions smtp)
    {
        var from = MailboxAddress.Parse(smtp.From!); // checked at start (SmtpOptions.Validate)
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = $"{message.MessageId}@{from.Domain}",
            Body = new BodyBuilder { HtmlBody = message.Html, TextBody = message.Text }.ToMessageBody(),
        };
        mime.From.Add(from);
        mime.To.AddRange(message.To.Select(MailboxAddress.Parse));
        return mime;
    }
}

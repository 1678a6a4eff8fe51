using System.Globalization;
using MimeKit;

namespace Concierge.Silo.Email;

/// <summary>
/// The SMTP server e-mails go through (configuration section <c>Concierge:Email:Smtp</c>). Without a host nothing is sent
/// and what would have been is recorded as not configured. STARTTLS is used whenever the server offers it; port 465 speaks
/// TLS from the first byte.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Concierge:Email:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Left empty: no authentication.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Concierge &lt;concierge@example.com&gt;</c>; its domain also ends each Message-Id.</summary>
    public string? From { get; set; }

    /// <summary>How long one connection, authentication and send may take before the attempt counts as failed.</summary>
    public double TimeoutSeconds { get; set; } = 20;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>What is wrong with these settings, one message per problem, each naming the key.</summary>
    public IReadOnlyList<string> Validate()
    {
        if (!IsConfigured)
        {
            return [];
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"{SectionName}:From must be an e-mail address when {SectionName}:Host is set; got '{From}'.");
        }

        if (Port is <= 0 or > 65535)
        {
            problems.Add($"{SectionName}:Port must be between 1 and 65535; got {Port.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (TimeoutSeconds is <= 0 or > 300)
        {
            problems.Add($"{SectionName}:TimeoutSeconds must be more than 0 and at most 300; got {TimeoutSeconds.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password))
        {
            problems.Add($"{SectionName}:User and {SectionName}:Password go together: set both or neither.");
        }

        return problems;
    }
}

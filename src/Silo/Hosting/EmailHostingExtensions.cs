using Concierge.Grains.Interfaces.Email;
using Concierge.Silo.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Hosting;

public static class EmailHostingExtensions
{
    /// <summary>Outgoing e-mail through SMTP (<c>Concierge:Email:Smtp</c>); without a host, e-mails are recorded as not configured.</summary>
    public static IHostApplicationBuilder AddConciergeEmail(this IHostApplicationBuilder builder)
    {
        builder.AddConciergeSettings<SmtpOptions>(SmtpOptions.SectionName, options => options.Validate());
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        return builder;
    }
}

using Concierge.Grains.Scheduling;
using Concierge.Silo.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Hosting;

public static class AppointmentsHostingExtensions
{
    /// <summary>
    /// Appointments (issue 16, <c>Concierge:Appointments</c>): the calendar list queries, and the sweep that sends SMS
    /// confirmations and reminders when due, after a restart too; the model reading booking turns when one is configured. Texts go through ITelephony, registered with the Twilio webhooks.
    /// </summary>
    public static IHostApplicationBuilder AddConciergeAppointments(this IHostApplicationBuilder builder)
    {
        builder.AddConciergeSettings<AppointmentsOptions>(AppointmentsOptions.SectionName, options => options.Validate());
        builder.Services.AddSingleton<AppointmentQueries>();
        builder.Services.AddHostedService<AppointmentTextSweeper>();
        builder.Services.AddBookingInterpreter();
        return builder;
    }
}

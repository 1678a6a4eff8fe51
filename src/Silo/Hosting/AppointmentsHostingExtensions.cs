using Concierge.Silo.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Hosting;

public static class AppointmentsHostingExtensions
{
    /// <summary>Appointments (issue 16): the calendar list queries. The calendar and day grains need nothing more than grain storage.</summary>
    public static IHostApplicationBuilder AddConciergeAppointments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AppointmentQueries>();
        return builder;
    }
}

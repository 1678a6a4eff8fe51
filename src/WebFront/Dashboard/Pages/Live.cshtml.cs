namespace Concierge.WebFront.Dashboard.Pages;

/// <summary>The live page is a shell: its rows arrive over the event stream (<see cref="DashboardEndpoints.LiveEventsPath"/>).</summary>
public sealed class LiveModel : DashboardPage
{
    public void OnGet()
    {
    }
}

namespace Concierge.WebFront.StartUp;

public static class StartUpExtensions
{
    /// <summary>In Development, prints where the app listens, its data and a simulator command once it is serving (<see cref="StartBanner"/>).</summary>
    public static IServiceCollection AddStartBanner(this IServiceCollection services) =>
        services.AddHostedService<StartBannerService>();
}

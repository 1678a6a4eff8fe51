using Concierge.Grains.Interfaces.Scheduling;
using Concierge.Silo.Brains;
using Concierge.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concierge.Silo.Scheduling;

public static class BookingInterpreterServiceCollectionExtensions
{
    /// <summary>
    /// The model that reads booking turns, when <c>Concierge:Model</c> names one (the screener's settings and HTTP
    /// pipeline, with its deadline). With the offline provider none is registered: the service resolves to null and
    /// the booking dialogue reads every turn offline.
    /// </summary>
    public static IServiceCollection AddBookingInterpreter(this IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var model = sp.GetRequiredService<IOptions<ModelOptions>>().Value;
            return model.Provider == ModelProvider.Offline
                ? null!
                : (IBookingInterpreter)new OpenAiBookingInterpreter(
                    model, sp.GetRequiredService<ILogger<OpenAiBookingInterpreter>>(),
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(BrainServiceCollectionExtensions.ModelHttpClient));
        });
}

using Azure.Core;
using Azure.Storage.Blobs;
using Concierge.Grains.Interfaces.Blobs;
using Concierge.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concierge.Silo.Blobs;

public static class BlobStorageHosting
{
    /// <summary>
    /// The note artifacts' blob store chosen by <c>Concierge:Notes:Blobs:Provider</c>: files under
    /// <paramref name="directory"/> (the default), or an Azure Blob Storage container, which then also serves the downloads
    /// through SAS links (<see cref="IBlobReadLinks"/>). Settings that cannot work stop start-up, naming the key.
    /// </summary>
    public static IHostApplicationBuilder AddConciergeNoteBlobs(this IHostApplicationBuilder builder, Func<IServiceProvider, string> directory)
    {
        var settings = builder.AddConciergeSettings<BlobStorageOptions>(BlobStorageOptions.SectionName, options => options.Validate());
        var services = builder.Services;
        if (settings.Provider != BlobProvider.AzureBlob)
        {
            services.AddSingleton<IBlobStore>(sp => new FileSystemBlobStore(directory(sp)));
            return builder;
        }

        services.AddSingleton(sp => new AzureBlobStore(ContainerOf(settings, sp.GetRequiredService<TokenCredential>), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<AzureBlobStore>());
        services.AddSingleton<IBlobReadLinks>(sp => sp.GetRequiredService<AzureBlobStore>());
        return builder;
    }

    private static BlobContainerClient ContainerOf(BlobStorageOptions settings, Func<TokenCredential> credential) =>
        settings.AccountUrl is { Length: > 0 } accountUrl
            ? new BlobServiceClient(new Uri(accountUrl), credential()).GetBlobContainerClient(settings.Container)
            : new BlobContainerClient(settings.ConnectionString, settings.Container);
}

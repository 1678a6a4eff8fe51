using System.Net;
using Concierge.Grains.Interfaces.Companies;
using Concierge.Silo.Storage;
using Concierge.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Concierge.Dashboard.Tests.Server;

/// <summary>Two nodes of one deployment (one store, one cluster) behind a balancer: what one node issues, the other accepts.</summary>
public sealed class SharedStoreTests : IAsyncLifetime
{
    private PostgresDatabase database = null!;
    private ConciergeAppFactory first = null!;
    private ConciergeAppFactory second = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        first = ConciergeAppFactory.ClusterNode(database.ConnectionString);
        second = ConciergeAppFactory.ClusterNode(database.ConnectionString);
    }

    [Fact]
    public async Task ASessionAndAFormFromOneNodeWorkOnAnother()
    {
        var browser = new CookieContainer(); // one browser, whichever node answers
        var onFirst = first.CreateDefaultClient(new CookieContainerHandler(browser));
        (await DashboardForms.SignInAsync(onFirst)).Dispose();
        var token = await DashboardForms.AntiforgeryTokenAsync(onFirst, "/exceptions");
        var onSecond = second.CreateDefaultClient(new CookieContainerHandler(browser));
        var phone = TestPhones.Next();

        using var page = await onSecond.GetAsync(new Uri("/calls", UriKind.Relative));
        using var post = await onSecond.PostAsync(
            new Uri("/exceptions?handler=Add", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["phone"] = phone, ["name"] = "Robin", ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/exceptions", post.Headers.Location?.OriginalString);
        Assert.Equal("Robin", (await second.Grains.GetGrain<ICompanyGrain>(CompanyIds.Default).GetExceptionAsync(phone))?.Name);
        var storedKeys = await first.Services.GetRequiredService<SqlStore>().QueryAsync<string>("SELECT name FROM data_protection_keys", null);
        Assert.NotEmpty(storedKeys); // the key ring lives in the store, not on one machine's disk
    }

    [Fact]
    public async Task SigningOutOnOneNodeEndsTheSessionOnAnother()
    {
        var phoneOnFirst = first.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
        var laptopOnSecond = second.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
        (await DashboardForms.SignInAsync(phoneOnFirst)).Dispose();
        (await DashboardForms.SignInAsync(laptopOnSecond)).Dispose();
        using var before = await laptopOnSecond.GetAsync(new Uri("/calls", UriKind.Relative));

        var token = await DashboardForms.AntiforgeryTokenAsync(phoneOnFirst, "/signout");
        (await phoneOnFirst.PostAsync(new Uri("/signout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))).Dispose();
        using var after = await laptopOnSecond.GetAsync(new Uri("/calls", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
        await database.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using Concierge.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Concierge.Dashboard.Tests.Browser;

/// <summary>One browser context and its page, recording the URL of every request the browser makes.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> requests = new();

    private BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        context.Request += (_, request) => requests.Enqueue(request.Url);
    }

    public IPage Page { get; }

    /// <summary>Every URL the browser requested so far, documents, scripts, styles, images and event streams alike.</summary>
    public IReadOnlyCollection<string> Requests => requests;

    public Task<IReadOnlyList<BrowserContextCookiesResult>> CookiesAsync() => context.CookiesAsync();

    public static async Task<BrowserSession> StartAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    public async Task SignInAsync(string key)
    {
        await Page.GotoAsync("/signin");
        await Page.GetByLabel("API key").FillAsync(key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Inbox", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>A full-page screenshot in artifacts/screenshots/ (git-ignored), for a person to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = RepositoryFile.Path(Path.Combine("artifacts", "screenshots"));
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

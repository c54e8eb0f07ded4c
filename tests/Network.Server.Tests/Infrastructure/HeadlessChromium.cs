using Microsoft.Playwright;

namespace Network.Server.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (<c>scripts/prerequisites.sh --browser</c> installs it), headless, driven by Playwright
/// with a fresh profile in a temporary folder. Playwright never downloads a browser of its own here.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;
    private readonly DirectoryInfo _profile;

    private HeadlessChromium(IPlaywright playwright, DirectoryInfo profile, IBrowserContext context)
    {
        _playwright = playwright;
        _profile = profile;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"Chromium is not installed at {ExecutablePath}: scripts/prerequisites.sh --browser installs it.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("network-chromium-");
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
                ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            });
            context.SetDefaultTimeout(60_000);
            return new HeadlessChromium(playwright, profile, context);
        }
        catch
        {
            playwright.Dispose();
            profile.Delete(recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        _profile.Delete(recursive: true);
    }
}

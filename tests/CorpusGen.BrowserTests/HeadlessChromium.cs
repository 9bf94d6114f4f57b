using System;
using System.IO;
using OpenQA.Selenium.Chrome;

namespace CorpusGen.BrowserTests;

/// <summary>
/// Headless Chromium through Selenium's ChromeDriver, on Debian's <c>chromium</c> and <c>chromium-driver</c>: both
/// paths are given, so Selenium Manager never looks for a browser or driver to download.
/// </summary>
internal static class HeadlessChromium
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverPath = "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(ChromeDriverPath))
        {
            throw new InvalidOperationException(
                $"This test needs Debian's chromium and chromium-driver ({ChromiumPath}, {ChromeDriverPath}). Run the tests with 'bash tests/test.sh', which installs them.");
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

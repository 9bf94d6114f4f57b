using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;

namespace CorpusGen.BrowserTests;

/// <summary>
/// Headless Chromium driven through ChromeDriver's W3C WebDriver protocol over HTTP: just the commands
/// the tests use (navigate, find, read, type, screenshot), with no client library to install.
/// </summary>
internal sealed class ChromeSession : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverPath = "/usr/bin/chromedriver";
    private const string ElementKey = "element-6066-11e4-a52e-4f735466cecf";

    private readonly Process _driver;
    private readonly HttpClient _http;
    private readonly string _session;

    private ChromeSession(Process driver, HttpClient http, string session)
    {
        _driver = driver;
        _http = http;
        _session = session;
    }

    public static ChromeSession Start()
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(ChromeDriverPath))
        {
            throw new InvalidOperationException($"This test needs Debian's chromium and chromium-driver ({ChromiumPath}, {ChromeDriverPath}); .ci/run installs them: apt-get install chromium chromium-driver.");
        }

        var port = FreePort();
        var driver = Process.Start(new ProcessStartInfo(ChromeDriverPath, "--port=" + port) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port + "/"), Timeout = TimeSpan.FromSeconds(60) };
        WaitUntilReady(http);
        var capabilities = new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["alwaysMatch"] = new JsonObject
                {
                    ["browserName"] = "chrome",
                    ["goog:chromeOptions"] = new JsonObject
                    {
                        ["binary"] = ChromiumPath,
                        ["args"] = new JsonArray("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"),
                    },
                },
            },
        };
        var session = Send(http, HttpMethod.Post, "session", capabilities)["sessionId"]!.GetValue<string>();
        return new ChromeSession(driver, http, session);
    }

    public void Open(string path) => Command(HttpMethod.Post, "url", new JsonObject { ["url"] = new Uri(path).AbsoluteUri });

    public IReadOnlyList<string> FindAll(string cssSelector)
        => Command(HttpMethod.Post, "elements", new JsonObject { ["using"] = "css selector", ["value"] = cssSelector })
            .AsArray().Select(element => element![ElementKey]!.GetValue<string>()).ToList();

    public string Text(string element) => Command(HttpMethod.Get, "element/" + element + "/text").GetValue<string>();

    public string? Attribute(string element, string name) => Command(HttpMethod.Get, "element/" + element + "/attribute/" + name)?.GetValue<string>();

    public string CssValue(string element, string property) => Command(HttpMethod.Get, "element/" + element + "/css/" + property).GetValue<string>();

    public bool IsDisplayed(string element) => Command(HttpMethod.Get, "element/" + element + "/displayed").GetValue<bool>();

    public void Type(string element, string text) => Command(HttpMethod.Post, "element/" + element + "/value", new JsonObject { ["text"] = text });

    public void Clear(string element) => Command(HttpMethod.Post, "element/" + element + "/clear", new JsonObject());

    public byte[] Screenshot() => Convert.FromBase64String(Command(HttpMethod.Get, "screenshot").GetValue<string>());

    public void Dispose()
    {
        try
        {
            Send(_http, HttpMethod.Delete, "session/" + _session, null);
        }
        finally
        {
            _http.Dispose();
            if (!_driver.HasExited)
            {
                _driver.Kill(entireProcessTree: true);
            }

            _driver.Dispose();
        }
    }

    private JsonNode Command(HttpMethod method, string command, JsonObject? body = null)
        => Send(_http, method, "session/" + _session + "/" + command, body) ?? JsonValue.Create(string.Empty)!;

    private static JsonNode Send(HttpClient http, HttpMethod method, string path, JsonObject? body)
    {
        // A string body, not a streamed one: ChromeDriver needs a Content-Length.
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        using var response = http.Send(request);
        var reply = JsonNode.Parse(response.Content.ReadAsStream())!;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"WebDriver {method} {path} failed ({(int)response.StatusCode}): {reply["value"]}");
        }

        return reply["value"]!;
    }

    private static void WaitUntilReady(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if (Send(http, HttpMethod.Get, "status", null)["ready"]?.GetValue<bool>() == true)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // ChromeDriver is still starting.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException("ChromeDriver did not become ready in 30 seconds.");
            }

            Thread.Sleep(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

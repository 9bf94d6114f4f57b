using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CorpusGen;
using OfflineSite;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace CorpusGen.BrowserTests;

/// <summary>
/// samples/OfflineSite's page, exported from the corpus compiled into the sample and opened from disk in
/// headless Chromium: every headline and quote is rendered, quotes carry their speaker, and typing in the
/// search box filters the articles and the list. A screenshot is saved beside the test's output.
/// </summary>
public sealed class OfflineSiteBrowserTests : IDisposable
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly string _page;
    private readonly ChromeDriver _chrome;

    public OfflineSiteBrowserTests()
    {
        _articles = (IReadOnlyList<Article>)typeof(SiteExporter).Assembly.GetType("OfflineSite.Corpus", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        _page = Path.Combine(Path.GetTempPath(), "corpusgen-site-" + Guid.NewGuid().ToString("N") + ".html");
        using (var writer = new StreamWriter(_page))
        {
            SiteExporter.Write(writer, "News corpus", _articles);
        }

        _chrome = HeadlessChromium.Start();
        _chrome.Navigate().GoToUrl(new Uri(_page).AbsoluteUri);
    }

    [Fact]
    public void ThePageNeedsNothingFromTheNetwork()
    {
        var html = File.ReadAllText(_page);
        Assert.DoesNotMatch(@"(?i)\b(src|href|action|poster|data)\s*=\s*[""']?\s*(https?:|//|file:)", html);
        Assert.DoesNotMatch(@"(?i)<(link|img|iframe|object|embed|audio|video|source)\b", html);
        Assert.DoesNotMatch(@"(?i)url\(|@import|fetch\(|XMLHttpRequest", html);
    }

    [Fact]
    public void EveryHeadlineIsRenderedInTheListAndAsItsArticlesTitle()
    {
        var headlines = _articles.Where(article => article.Headline is not null).Select(article => article.Headline!).ToList();
        Assert.NotEmpty(headlines);

        var titles = FindAll("article.article h2").Select(element => element.Text).ToList();
        var listed = FindAll("#article-list a").Select(element => element.Text).ToList();
        Assert.Equal(_articles.Count, titles.Count);
        Assert.Equal(titles, listed);
        Assert.All(headlines, headline => Assert.Contains(headline, titles));
    }

    [Fact]
    public void EveryQuoteNotInsideAnotherIsHighlightedWithItsSpeaker()
    {
        var expected = _articles.SelectMany(article => article.Quotes.Where(quote => !IsInsideAnother(quote, article.Quotes)))
            .Select(quote => (quote.Text, Speaker: quote.Speaker ?? "unknown speaker"))
            .OrderBy(pair => pair.Text, StringComparer.Ordinal).ThenBy(pair => pair.Speaker, StringComparer.Ordinal)
            .ToList();
        Assert.Contains(expected, pair => pair.Speaker != "unknown speaker");

        var marks = FindAll("mark.quote")
            .Select(mark => (Text: mark.Text, Speaker: mark.GetDomAttribute("data-speaker") ?? string.Empty))
            .OrderBy(pair => pair.Text, StringComparer.Ordinal).ThenBy(pair => pair.Speaker, StringComparer.Ordinal)
            .ToList();

        // WebDriver reads rendered text: runs of white space collapse, as in the browser.
        Assert.Equal(expected.Select(pair => (Collapse(pair.Text), pair.Speaker)), marks.Select(pair => (Collapse(pair.Text), pair.Speaker)));

        // Each direct quote with a speaker is signed, visibly, after its closing mark; the highlight is drawn.
        var signed = _articles.SelectMany(article => article.Quotes.Where(quote => !IsInsideAnother(quote, article.Quotes) && quote.Kind == QuoteKind.Direct && quote.Speaker is not null))
            .Select(quote => "\u2014 " + quote.Speaker).OrderBy(text => text, StringComparer.Ordinal);
        Assert.Equal(signed, FindAll("span.speaker").Select(element => element.Text).OrderBy(text => text, StringComparer.Ordinal));
        Assert.Equal("rgba(255, 243, 191, 1)", FindAll("mark.quote")[0].GetCssValue("background-color"));
    }

    [Theory]
    [InlineData("Kimakovsky")]
    [InlineData("emma carter")]
    [InlineData("konstantinovka")]
    [InlineData("no article says this")]
    public void TypingInTheSearchBoxFiltersTheArticlesAndTheList(string query)
    {
        var expected = _articles.Select(article => Matches(article, query)).ToList();
        Assert.True(query.StartsWith("no ", StringComparison.Ordinal) ? !expected.Contains(true) : expected.Contains(true), "the query does not select what its case is about");

        var search = Assert.Single(FindAll("#search"));
        search.SendKeys(query);

        var shown = FindAll("article.article").Select(element => element.Displayed).ToList();
        var listed = FindAll("#article-list li").Select(element => element.Displayed).ToList();
        Assert.Equal(expected, shown);
        Assert.Equal(expected, listed);
        Assert.Equal($"{expected.Count(match => match)} of {_articles.Count} articles", Assert.Single(FindAll("#match-count")).Text);

        search.Clear();
        search.SendKeys(" ");
        Assert.All(FindAll("article.article"), article => Assert.True(article.Displayed));
    }

    [Fact]
    public void AScreenshotOfThePageIsSavedWithTheTestOutput()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "offline-site.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var png = _chrome.GetScreenshot().AsByteArray;
        File.WriteAllBytes(path, png);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Take(4));
        Assert.True(png.Length > 10_000, $"a {png.Length}-byte screenshot is too small to show the page");
    }

    public void Dispose()
    {
        _chrome.Quit();
        File.Delete(_page);
    }

    private IReadOnlyList<IWebElement> FindAll(string cssSelector) => _chrome.FindElements(By.CssSelector(cssSelector));

    private static bool IsInsideAnother(Quote quote, IReadOnlyList<Quote> quotes)
        => quotes.Any(other => !ReferenceEquals(other, quote) && other.ParagraphIndex == quote.ParagraphIndex
            && other.Start <= quote.Start && quote.Start + quote.Length <= other.Start + other.Length && other.Length > quote.Length);

    private static bool Matches(Article article, string query)
    {
        var text = string.Join(" ", new[] { article.Headline, article.Byline, article.Text }.Concat(article.Quotes.Select(quote => quote.Speaker)).Where(part => part is not null));
        return text.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static string Collapse(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

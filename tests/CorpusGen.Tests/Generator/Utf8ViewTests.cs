using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Parsing;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The UTF-8 views (<c>Utf8Headline</c>, <c>Utf8Text</c>, …) give exactly the bytes of the strings beside them, in
/// every way the text can be compiled, and read the compiled data in place without allocating.
/// </summary>
public sealed class Utf8ViewTests
{
    private const string CorpusType = "TestProject.Corpus";

    // Invented: text beyond ASCII before and inside quotes, a byline, a quote across paragraphs (compiled into the
    // shard, no slice of the file), and a paragraph joined across a stray break (no slice either).
    private static readonly (string Path, string Text)[] Invented =
    {
        ("seeds/zz-views.txt", "Zoë's Café Reopens in Łódź 🎉\n\nBy Ana Ruiz\n\nThe café's owner, Zoë Brandt, said trade was “better than feared”.\n\n“Ça va,” said Brandt. “Même les touristes sont revenus.”\n\n\"The first week was full.\n\n\"Nobody minded the queue,\" Brandt said.\n"),
        ("seeds/zz-joined.txt", "Ferry Timetable Changes\n\nAt the pier, skipper Tom Baird said: \"It has been a long wait for everyone who\n\nrelies on the crossing.\"\n"),
    };

    public static TheoryData<LanguageVersion, bool> Storages => new()
    {
        { LanguageVersion.CSharp12, true },
        { LanguageVersion.CSharp12, false },
        { LanguageVersion.CSharp10, true },
        { LanguageVersion.CSharp10, false },
    };

    [Theory]
    [MemberData(nameof(Storages))]
    public void EveryViewHoldsTheUtf8BytesOfWhatTheParserFound(LanguageVersion version, bool embedded)
    {
        var texts = Texts();
        var articles = Compile(version, embedded);
        Assert.Contains(articles, article => article.Quotes.Any(quote => quote.EndParagraphIndex != quote.ParagraphIndex));

        var checkedViews = 0;
        foreach (var article in articles)
        {
            // Views first, so that no string has been decoded yet; the expected text comes from the parser alone.
            var views = new List<byte[]> { article.Utf8Headline.ToArray(), article.Utf8Byline.ToArray() };
            views.AddRange(article.Paragraphs.Select(paragraph => paragraph.Utf8Text.ToArray()));
            views.AddRange(article.Quotes.SelectMany(quote => new[] { quote.Utf8Text.ToArray(), quote.Utf8Speaker.ToArray() }));

            var parsed = ArticleParser.Parse(texts.Single(text => text.Path.EndsWith("/" + article.FileName, StringComparison.Ordinal)).GetText()!.ToString());
            var expected = new List<string?> { parsed.Headline, parsed.Byline };
            expected.AddRange(parsed.Paragraphs);
            expected.AddRange(parsed.Quotes.SelectMany(quote => new[] { quote.Text, quote.Speaker }));

            Assert.Equal(expected.Select(text => Encoding.UTF8.GetBytes(text ?? string.Empty)), views);
            checkedViews += views.Count;
        }

        Assert.True(checkedViews > 100, "only " + checkedViews + " views were compared");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadingEveryViewOfACompiledCorpusAllocatesNothing(bool embedded)
    {
        var articles = Compile(LanguageVersion.CSharp12, embedded);
        Assert.True(ScanEveryView(articles) > 0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var bytes = ScanEveryView(articles);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(bytes > 1000);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void ViewsOfTextCompiledAsStringLiteralsAreEncodedAndCorrect()
    {
        var article = Compile(LanguageVersion.CSharp10, embedded: false).Single(candidate => candidate.Id == "zz-views");

        Assert.Equal(Encoding.UTF8.GetBytes("Zoë's Café Reopens in Łódź 🎉"), article.Utf8Headline.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes("Zoë Brandt"), article.Quotes[0].Utf8Speaker.ToArray());
    }

    [Fact]
    public void ViewsOfAnArticleCreatedFromStringsAreItsTextsBytes()
    {
        var quote = new Quote("Ça va", "Zoë Brandt", QuoteKind.Direct, 0, 1, 5, 0, QuoteAttribution.Beside);
        var article = new Article("a", "a.txt", "Zoë Reopens", null, new[] { new Paragraph(0, "“Ça va,” said Zoë Brandt.") }, new[] { quote }, 5);

        Assert.Equal(Encoding.UTF8.GetBytes("Zoë Reopens"), article.Utf8Headline.ToArray());
        Assert.True(article.Utf8Byline.IsEmpty);
        Assert.Equal(Encoding.UTF8.GetBytes("“Ça va,” said Zoë Brandt."), article.Paragraphs[0].Utf8Text.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes("Ça va"), quote.Utf8Text.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes("Zoë Brandt"), quote.Utf8Speaker.ToArray());
    }

    private static long ScanEveryView(IReadOnlyList<Article> articles)
    {
        long bytes = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            bytes += article.Utf8Headline.Length + article.Utf8Byline.Length;
            var paragraphs = article.Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                bytes += paragraphs[p].Utf8Text.IndexOf((byte)'.') + paragraphs[p].Utf8Text.Length;
            }

            var quotes = article.Quotes;
            for (var q = 0; q < quotes.Count; q++)
            {
                bytes += quotes[q].Utf8Text.Length + quotes[q].Utf8Speaker.Length;
            }
        }

        return bytes;
    }

    private static List<AdditionalText> Texts()
        => GeneratorHarness.Seeds().Concat(Invented.Select(article => GeneratorHarness.Article(article.Path, article.Text))).ToList();

    private static IReadOnlyList<Article> Compile(LanguageVersion version, bool embedded)
    {
        var texts = Texts();
        if (!embedded)
        {
            var literals = GeneratorHarness.Run(texts, version: version);
            Assert.Empty(literals.CompilationProblems);
            return CompiledCorpus.All(CompiledCorpus.LoadType(literals.Output, CorpusType));
        }

        var build = EmbeddedTextBuild.Of(texts);
        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(texts.Append(build.IndexText), build.Options(), version), GeneratorHarness.Compilation(version));
        Assert.Empty(outcome.CompilationProblems);
        return CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, CorpusType, build.Resources));
    }
}

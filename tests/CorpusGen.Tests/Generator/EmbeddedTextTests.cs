using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The articles' text as a manifest resource: the generator points each article into its file in the text the
/// build embeds, compiles into literals only what is not a slice of the file, and gives the same articles as when
/// everything is compiled into literals.
/// </summary>
public sealed class EmbeddedTextTests
{
    private const string CorpusType = "TestProject.Corpus";

    // Invented articles with what a slice search must get right: CRLF endings, text beyond ASCII, a paragraph the
    // parser joins across a stray break inside a quote (no slice of the file; text beyond ASCII before its quote, so
    // that UTF-8 and UTF-16 offsets differ in string-literal mode), a quote across paragraphs (no slice either), a
    // byline and a speaker named twice.
    private static readonly (string Path, string Text)[] Invented =
    {
        ("seeds/zz-crlf.txt", "Harbour Fees Rise Again\r\n\r\nBy Ana Ruiz\r\n\r\nThe harbour board raised its mooring fees on Monday.\r\n\r\n\"We had no choice,\" said board chair Lena Okafor.\r\n\r\nOkafor said the rise was the last this year.\r\n"),
        ("seeds/zz-unicode.txt", "Café Owners Toast a Quiet Summer 🎉\n\nThe owners of Zoë's Café in Łódź said trade was “better than feared”.\n\n“Ça va,” said owner Zoë Brandt. “Même les touristes sont revenus.”\n"),
        ("seeds/zz-wrapped.txt", "Rail Line Reopens After Floods\n\nAt the café by the station, commuter Tom Baird said: \"It has been a long wait for everyone who\n\nrelies on the line.\"\n\n\"The first trains ran full.\n\n\"Nobody minded standing,\" Baird said.\n"),
    };

    public static TheoryData<LanguageVersion> Versions => new() { LanguageVersion.CSharp12, LanguageVersion.CSharp10 };

    [Theory]
    [MemberData(nameof(Versions))]
    public void ArticlesReadFromTheEmbeddedTextAreThoseCompiledIntoLiterals(LanguageVersion version)
    {
        var texts = Articles();
        var build = EmbeddedTextBuild.Of(texts);
        var embedded = GeneratorHarness.Run(GeneratorHarness.Driver(texts.Append(build.IndexText), build.Options(), version), GeneratorHarness.Compilation(version));
        var literals = GeneratorHarness.Run(texts, version: version);
        Assert.Empty(embedded.CompilationProblems);

        var fromResource = CompiledCorpus.All(CompiledCorpus.LoadType(embedded.Output, CorpusType, build.Resources));
        var fromLiterals = CompiledCorpus.All(CompiledCorpus.LoadType(literals.Output, CorpusType));
        Assert.Equal(fromLiterals.Select(Describe), fromResource.Select(Describe));
        Assert.Contains(fromResource, article => article.Quotes.Any(quote => quote.EndParagraphIndex != quote.ParagraphIndex));
        Assert.Contains(fromResource, article => article.Byline == "Ana Ruiz");
    }

    [Fact]
    public void TheShardsHoldOnlyTheTextThatIsNoSliceOfItsFile()
    {
        var texts = Articles();
        var build = EmbeddedTextBuild.Of(texts);
        var embedded = Shards(GeneratorHarness.Run(GeneratorHarness.Driver(texts.Append(build.IndexText), build.Options()), GeneratorHarness.Compilation()));
        var literals = Shards(GeneratorHarness.Run(texts));

        Assert.Contains("The harbour board raised its mooring fees on Monday.", literals, StringComparison.Ordinal);
        Assert.DoesNotContain("The harbour board raised its mooring fees on Monday.", embedded, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Fees Rise Again", embedded, StringComparison.Ordinal);

        // The parser joins the paragraph broken inside a quote, so it is no slice of the file and stays in a literal.
        Assert.Contains("everyone who relies on the line", embedded, StringComparison.Ordinal);
        Assert.True(embedded.Length * 3 < literals.Length, $"{embedded.Length} characters of shards against {literals.Length}");
    }

    [Fact]
    public void AnArticleEditedSinceTheBuildEmbeddedItIsCompiledIntoLiterals()
    {
        var texts = Articles();
        var build = EmbeddedTextBuild.Of(texts);
        var edited = texts.Select(text => text.Path.EndsWith("zz-crlf.txt", StringComparison.Ordinal)
            ? GeneratorHarness.Article("seeds/zz-crlf.txt", "Harbour Fees Fall\n\nThe harbour board cut its mooring fees on Tuesday.\n")
            : text).ToList();
        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(edited.Append(build.IndexText), build.Options()), GeneratorHarness.Compilation());

        Assert.Contains("The harbour board cut its mooring fees on Tuesday.", Shards(outcome), StringComparison.Ordinal);
        var article = CompiledCorpus.Find(CompiledCorpus.LoadType(outcome.Output, CorpusType, build.Resources), "zz-crlf")!;
        Assert.Equal("Harbour Fees Fall", article.Headline);
        Assert.Equal(new[] { "The harbour board cut its mooring fees on Tuesday." }, article.Paragraphs.Select(paragraph => paragraph.Text));
    }

    [Fact]
    public void ACheckoutWithCrlfLineEndingsGivesTheSameTextAndSources()
    {
        var lf = Articles();
        var crlf = lf.Select(text => GeneratorHarness.Article(text.Path.Substring(GeneratorHarness.ProjectDirectory.Length + 1), text.GetText()!.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal))).ToList();
        var lfBuild = EmbeddedTextBuild.Of(lf);
        var crlfBuild = EmbeddedTextBuild.Of(crlf);

        Assert.Equal(lfBuild.TextFile, crlfBuild.TextFile);
        Assert.Equal(lfBuild.Index, crlfBuild.Index);
        var lfSources = GeneratorHarness.Run(GeneratorHarness.Driver(lf.Append(lfBuild.IndexText), lfBuild.Options()), GeneratorHarness.Compilation());
        var crlfSources = GeneratorHarness.Run(GeneratorHarness.Driver(crlf.Append(crlfBuild.IndexText), crlfBuild.Options()), GeneratorHarness.Compilation());
        Assert.Equal(
            lfSources.Run.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())),
            crlfSources.Run.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));
    }

    [Fact]
    public void AnIndexThatIsNotOneLeavesEveryArticleInLiterals()
    {
        var texts = Articles();
        var options = GeneratorHarness.DefaultOptions();
        options["build_property.CorpusGenTextIndex"] = EmbeddedTextBuild.IndexPath;
        var outcome = GeneratorHarness.Run(
            GeneratorHarness.Driver(texts.Append(new InMemoryAdditionalText(EmbeddedTextBuild.IndexPath, "not an index\n")), options),
            GeneratorHarness.Compilation());

        Assert.Equal(Shards(GeneratorHarness.Run(texts)), Shards(outcome));
        Assert.Equal(Articles().Count, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, CorpusType)).Count(article => article.Paragraphs.Count > 0));
    }

    [Fact]
    public void AnAssemblyBuiltWithoutTheTextSaysWhatIsMissing()
    {
        var texts = Articles();
        var build = EmbeddedTextBuild.Of(texts);
        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(texts.Append(build.IndexText), build.Options()), GeneratorHarness.Compilation());
        var corpus = CompiledCorpus.LoadType(outcome.Output, CorpusType);

        var exception = Assert.Throws<System.Reflection.TargetInvocationException>(() => CompiledCorpus.All(corpus)).InnerException;
        Assert.IsType<InvalidOperationException>(exception);
        Assert.Contains("CorpusGen.ArticleText", exception.Message, StringComparison.Ordinal);
    }

    private static List<AdditionalText> Articles()
        => GeneratorHarness.Seeds().Concat(Invented.Select(article => GeneratorHarness.Article(article.Path, article.Text))).ToList();

    private static string Shards(GeneratorOutcome outcome)
        => string.Concat(outcome.Run.GeneratedSources.Where(source => source.HintName.Contains(".Shard-", StringComparison.Ordinal)).Select(source => source.SourceText.ToString()));

    private static string Describe(Article article)
    {
        var text = new StringBuilder();
        text.Append(article.Id).Append('|').Append(article.FileName).Append('|').Append(article.Headline).Append('|').Append(article.Byline).Append('|').Append(article.WordCount).Append('\n');
        foreach (var paragraph in article.Paragraphs)
        {
            text.Append("P ").Append(paragraph.Index).Append(' ').Append(paragraph.Text).Append('\n');
        }

        foreach (var quote in article.Quotes)
        {
            text.Append("Q ").Append(quote.Text).Append(" | ").Append(quote.Speaker).Append(" | ").Append(quote.Kind).Append(' ').Append(quote.Attribution)
                .Append(' ').Append(quote.ParagraphIndex).Append(' ').Append(quote.Start).Append(' ').Append(quote.Length).Append(' ').Append(quote.EndParagraphIndex).Append('\n');
        }

        return text.ToString();
    }
}

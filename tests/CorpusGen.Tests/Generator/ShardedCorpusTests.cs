using System.Linq;
using CorpusGen.Generator.Parsing;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>Articles are stored 64 to a shard: every article reads back exactly as parsed, on both sides of every shard boundary.</summary>
public sealed class ShardedCorpusTests
{
    private const int ArticleCount = 130;

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp12)]
    public void EveryArticleOfEveryShardReadsBackAsParsed(LanguageVersion version)
    {
        var sources = new CorpusGen.Synthesis.CorpusSynthesizer(seed: 11).Articles(ArticleCount).ToArray();
        var outcome = GeneratorHarness.Run(sources.Select(source => GeneratorHarness.Article("seeds/" + source.FileName, source.Text)), version: version);

        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(
            new[] { "TestProject.Corpus.Shard-0.g.cs", "TestProject.Corpus.Shard-1.g.cs", "TestProject.Corpus.Shard-2.g.cs", "TestProject.Corpus.Speakers.g.cs", "TestProject.Corpus.g.cs" },
            outcome.Run.GeneratedSources.Select(source => source.HintName).OrderBy(name => name, System.StringComparer.Ordinal));

        var all = CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus"));
        Assert.Equal(ArticleCount, all.Count);
        for (var i = 0; i < ArticleCount; i++)
        {
            var expected = ArticleParser.Parse(sources[i].Text);
            var actual = all[i];
            Assert.Equal(sources[i].FileName, actual.FileName);
            Assert.Equal(expected.Headline, actual.Headline);
            Assert.Equal(expected.Byline, actual.Byline);
            Assert.Equal(expected.WordCount, actual.WordCount);
            Assert.Equal(expected.Paragraphs, actual.Paragraphs.Select(paragraph => paragraph.Text));
            Assert.Equal(
                expected.Quotes.Select(quote => (quote.Text, quote.Speaker, quote.ParagraphIndex, quote.Start, quote.Length)),
                actual.Quotes.Select(quote => (quote.Text, quote.Speaker, quote.ParagraphIndex, quote.Start, quote.Length)));
        }
    }

    [Fact]
    public void AnArticleReadThroughItsPropertyIsTheOneInAll()
    {
        var sources = new CorpusGen.Synthesis.CorpusSynthesizer(seed: 12).Articles(70).ToArray();
        var outcome = GeneratorHarness.Run(sources.Select(source => GeneratorHarness.Article("seeds/" + source.FileName, source.Text)));
        var corpus = CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus");

        // The first article of the second shard, read before anything else of the corpus.
        var article = CompiledCorpus.Property(corpus, "_000064");
        Assert.Equal("000064.txt", article.FileName);
        Assert.Same(article, CompiledCorpus.All(corpus)[64]);
        Assert.Same(article, CompiledCorpus.Find(corpus, "000064"));
    }
}

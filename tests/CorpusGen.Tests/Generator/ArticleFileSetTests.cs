using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>No article is ever left out without a diagnostic, and none is compiled twice.</summary>
public sealed class ArticleFileSetTests
{
    [Fact]
    public void PathsThatDifferOnlyInCaseAreTwoArticles()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/Case.txt", "Upper\n\nOne.\n"),
            GeneratorHarness.Article("seeds/case.txt", "Lower\n\nTwo.\n"),
        });

        var corpus = CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus");
        Assert.Equal(new[] { "Case", "case" }, CompiledCorpus.All(corpus).Select(article => article.Id));
        Assert.Equal("Lower", CompiledCorpus.Property(corpus, "Case_2").Headline);
        Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS004"));
    }

    [Fact]
    public void TheSameFileReachedTwiceIsOneArticle()
    {
        var outcome = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Article("seeds/vote.txt", "Vote\n\nText.\n"),
            GeneratorHarness.Article("seeds/../seeds/vote.txt", "Vote\n\nText.\n"),
        });

        Assert.Single(CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")));
        Assert.Empty(outcome.GeneratorDiagnostics);
    }

    [Fact]
    public void AFileMarkedBinaryIsReportedAtItsFirstLineAndNeverRead()
    {
        var reads = 0;
        var texts = new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/seeds/photo.txt", "\u00FF\u00D8\0\0", onRead: () => reads++),
            GeneratorHarness.Article("seeds/vote.txt", "Vote\n\nText.\n"),
        };
        var options = new TestOptionsProvider(GeneratorHarness.DefaultOptions(), text => text.Path.EndsWith("photo.txt", System.StringComparison.Ordinal) ? "binary" : "true");

        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(options, texts), GeneratorHarness.Compilation());

        Assert.Equal(0, reads);
        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("CORPUS011", diagnostic.Id);
        Assert.Equal("/project/seeds/photo.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(new[] { "vote" }, CompiledCorpus.All(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus")).Select(article => article.Id));
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// What an IDE does to a corpus between keystrokes: adding, editing, renaming and deleting articles on
/// one long-lived driver. After each change the output, sources and diagnostics alike, is exactly what a
/// fresh build of the same files gives, and a deleted article leaves nothing behind.
/// </summary>
public sealed class ArticleLifecycleTests
{
    private static readonly AdditionalText Budget = GeneratorHarness.Article("seeds/budget.txt", "Budget passes\n\n\u201CWe did it,\u201D said Ana Ruiz.");
    private static readonly AdditionalText Storm = GeneratorHarness.Article("seeds/storm.txt", "Storm closes schools\n\n\u201CStay home,\u201D said Tom Hale.");

    [Fact]
    public void AddingAnArticleAddsItsProperty()
    {
        var start = GeneratorHarness.Run(new[] { Budget });
        var added = Rerun(start.Driver.AddAdditionalTexts(ImmutableArray.Create(Storm)));

        AssertSameAsFreshBuild(added, Budget, Storm);
        Assert.Equal(new[] { "Budget", "Storm" }, MemberNames(added));
    }

    [Fact]
    public void EditingAnArticleChangesItsRecords()
    {
        var start = GeneratorHarness.Run(new[] { Budget, Storm });
        var edited = GeneratorHarness.Article("seeds/storm.txt", "Storm passes\n\n\u201CBack to school,\u201D said Tom Hale.");
        var outcome = Rerun(start.Driver.ReplaceAdditionalText(Storm, edited));

        AssertSameAsFreshBuild(outcome, Budget, edited);
        Assert.Equal("Storm passes", CompiledCorpus.Property(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus"), "Storm").Headline);
    }

    [Fact]
    public void RenamingAnArticleRenamesItsPropertyAndLeavesNoTraceOfTheOldName()
    {
        var start = GeneratorHarness.Run(new[] { Budget, Storm });
        var renamed = GeneratorHarness.Article("seeds/weather/storm-2026.txt", Storm.GetText()!.ToString());
        var outcome = Rerun(start.Driver.RemoveAdditionalTexts(ImmutableArray.Create(Storm)).AddAdditionalTexts(ImmutableArray.Create(renamed)));

        AssertSameAsFreshBuild(outcome, Budget, renamed);
        Assert.Equal(new[] { "Budget", "Weather_storm_2026" }, MemberNames(outcome));
        Assert.All(outcome.Run.GeneratedSources, source => Assert.DoesNotContain("storm.txt", source.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void DeletingAnArticleLeavesNothingBehind()
    {
        var unclosed = GeneratorHarness.Article("seeds/draft.txt", "Draft\n\n\u201CThis quote never ends.");
        var start = GeneratorHarness.Run(new[] { Budget, Storm, unclosed });
        Assert.Single(start.GeneratorDiagnostics.WithId("CORPUS003"));

        var outcome = Rerun(start.Driver.RemoveAdditionalTexts(ImmutableArray.Create(unclosed, Storm)));

        AssertSameAsFreshBuild(outcome, Budget);
        Assert.Equal(new[] { "Budget" }, MemberNames(outcome));
        Assert.Empty(outcome.GeneratorDiagnostics.WithId("CORPUS003"));
        Assert.All(outcome.Run.GeneratedSources, source =>
        {
            Assert.DoesNotContain("draft", source.SourceText.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("storm", source.SourceText.ToString(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void DeletingArticlesRemovesAShardThatIsNoLongerNeeded()
    {
        var articles = new CorpusGen.Synthesis.CorpusSynthesizer(seed: 3).Articles(70)
            .Select(article => GeneratorHarness.Article("seeds/" + article.FileName, article.Text))
            .ToArray();
        var start = GeneratorHarness.Run(articles);
        Assert.Contains(start.Run.GeneratedSources, source => source.HintName == "TestProject.Corpus.Shard-1.g.cs");

        var outcome = Rerun(start.Driver.RemoveAdditionalTexts(articles.Skip(64).ToImmutableArray()));

        AssertSameAsFreshBuild(outcome, articles.Take(64).ToArray());
        Assert.DoesNotContain(outcome.Run.GeneratedSources, source => source.HintName == "TestProject.Corpus.Shard-1.g.cs");
    }

    [Fact]
    public void DeletingEveryArticleLeavesAnEmptyCorpusAndAWarning()
    {
        var start = GeneratorHarness.Run(new[] { Budget, Storm });
        var outcome = Rerun(start.Driver.RemoveAdditionalTexts(ImmutableArray.Create(Budget, Storm)));

        AssertSameAsFreshBuild(outcome);
        Assert.Single(outcome.GeneratorDiagnostics.WithId("CORPUS006"));
        Assert.Empty(MemberNames(outcome));
    }

    private static GeneratorOutcome Rerun(GeneratorDriver driver) => GeneratorHarness.Run(driver, GeneratorHarness.Compilation());

    private static void AssertSameAsFreshBuild(GeneratorOutcome outcome, params AdditionalText[] files)
    {
        var fresh = GeneratorHarness.Run(files);
        Assert.Empty(outcome.CompilationProblems.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        Assert.Equal(Sources(fresh), Sources(outcome));
        Assert.Equal(fresh.GeneratorDiagnostics.Select(diagnostic => diagnostic.ToString()), outcome.GeneratorDiagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    private static IEnumerable<(string, string)> Sources(GeneratorOutcome outcome)
        => outcome.Run.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(source => source.HintName, StringComparer.Ordinal);

    private static string[] MemberNames(GeneratorOutcome outcome) => CompiledCorpus.MemberNames(CompiledCorpus.LoadType(outcome.Output, "TestProject.Corpus"));
}

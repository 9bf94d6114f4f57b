using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CorpusGen.Generator.Pipeline;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>Per-file, value-equatable steps: an unrelated edit costs nothing and one edited article re-parses one file and re-emits its shard.</summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] TrackedSteps =
    {
        TrackingNames.Options, TrackingNames.Corpora, TrackingNames.CandidateTexts, TrackingNames.CorpusTexts,
        TrackingNames.Articles, TrackingNames.Plan, TrackingNames.EmbeddedTextIndex, TrackingNames.ArticleList, TrackingNames.ArticleSources, TrackingNames.Shards,
        TrackingNames.Summaries, TrackingNames.CorpusIndexes, TrackingNames.ArticleSpeakers, TrackingNames.SpeakerIndexes,
        TrackingNames.CodeStyle, TrackingNames.PathMap, TrackingNames.Severities,
        TrackingNames.ArticleDiagnostics, TrackingNames.PlanDiagnostics, TrackingNames.SuppressedIds, TrackingNames.TextProblemSummaries,
    };

    [Fact]
    public void UnrelatedCodeEditLeavesEveryStepCached()
    {
        var compilation = GeneratorHarness.Compilation(LanguageVersion.CSharp12, "class A { }");
        var first = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions()));
        var second = GeneratorHarness.Run(first.Driver, edited);

        var steps = second.Run.TrackedSteps;
        foreach (var name in TrackedSteps)
        {
            Assert.True(steps.ContainsKey(name), "Step not tracked: " + name);
            var reasons = steps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray();
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}"));
        }

        Assert.All(second.Run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void AnEditorConfigReadAgainWithTheSameTextChangesNoSeverity()
    {
        const string config = "root = true\n[*.txt]\ndotnet_diagnostic.CORPUS002.severity = warning\n";
        var editorConfig = new InMemoryAdditionalText("/project/.editorconfig", config);
        var compilation = GeneratorHarness.Compilation(LanguageVersion.CSharp12, "class A { }");
        var first = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds().Append(editorConfig)), compilation);

        var reread = first.Driver.ReplaceAdditionalText(editorConfig, new InMemoryAdditionalText("/project/.editorconfig", config));
        var second = GeneratorHarness.Run(reread, compilation);

        foreach (var name in new[] { TrackingNames.Severities, TrackingNames.ArticleDiagnostics, TrackingNames.TextProblemSummaries })
        {
            Assert.All(second.Run.TrackedSteps[name].SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
        }
    }

    [Fact]
    public void EditingCodeAroundACorpusClassRegeneratesNothing()
    {
        const string before = "namespace App { [CorpusGen.Corpus(\"seeds\")] static partial class Seeds { } }";
        const string after = "// A comment that moves the class down.\n\nnamespace App { [CorpusGen.Corpus(\"seeds\")] static partial class Seeds { } }";
        var compilation = GeneratorHarness.Compilation(LanguageVersion.CSharp12, before);
        var first = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), compilation);

        var oldTree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(after, GeneratorHarness.ParseOptions(), oldTree.FilePath));
        var second = GeneratorHarness.Run(first.Driver, edited);

        Assert.All(second.Run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(second.Run.TrackedSteps[TrackingNames.CorpusIndexes].SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void EditingOneArticleReparsesOnlyThatArticle()
    {
        var seeds = GeneratorHarness.Seeds().ToArray();
        var compilation = GeneratorHarness.Compilation();
        var first = GeneratorHarness.Run(GeneratorHarness.Driver(seeds), compilation);

        var target = seeds[2];
        var replacement = new InMemoryAdditionalText(target.Path, target.GetText()!.ToString().Replace("Emma Carter", "Emma Collins", StringComparison.Ordinal));
        var driver = first.Driver.ReplaceAdditionalText(target, replacement);
        var second = GeneratorHarness.Run(driver, compilation);

        var parsed = second.Run.TrackedSteps[TrackingNames.Articles].SelectMany(step => step.Outputs).ToArray();
        Assert.Single(parsed, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(seeds.Length - 1, parsed.Count(output => output.Reason == IncrementalStepRunReason.Cached));

        var sources = second.Run.TrackedSteps[TrackingNames.ArticleSources].SelectMany(step => step.Outputs).ToArray();
        Assert.Single(sources, output => output.Reason == IncrementalStepRunReason.Modified);

        // The edit is in the body: the article's summary, and so the corpus class, stay as they were.
        var summaries = second.Run.TrackedSteps[TrackingNames.Summaries].SelectMany(step => step.Outputs).ToArray();
        Assert.DoesNotContain(summaries, output => output.Reason == IncrementalStepRunReason.Modified);

        var planReason = second.Run.TrackedSteps[TrackingNames.Plan].Single().Outputs.Single().Reason;
        Assert.True(planReason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "Plan: " + planReason);

        var changed = second.Run.GeneratedSources
            .Where(source => first.Source(source.HintName) != source.SourceText.ToString())
            .Select(source => source.HintName)
            .ToArray();
        // The edit renames a speaker: the article's shard and the speaker index change, nothing else.
        Assert.Equal(new[] { "TestProject.Corpus.Shard-0.g.cs", "TestProject.Corpus.Speakers.g.cs" }, changed);
        Assert.Contains("Emma Collins", second.Source(changed[0]), StringComparison.Ordinal);
        Assert.Contains("Emma Collins", second.Source(changed[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditThatChangesNoSpeakerLeavesTheSpeakerIndexCached()
    {
        var seeds = GeneratorHarness.Seeds().ToArray();
        var compilation = GeneratorHarness.Compilation();
        var first = GeneratorHarness.Run(GeneratorHarness.Driver(seeds), compilation);

        var target = seeds[2];
        var replacement = new InMemoryAdditionalText(target.Path, target.GetText()!.ToString() + "\n\nOne more paragraph with nothing quoted.\n");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(target, replacement), compilation);

        var speakers = second.Run.TrackedSteps[TrackingNames.ArticleSpeakers].SelectMany(step => step.Outputs).ToArray();
        Assert.Contains(speakers, output => output.Reason == IncrementalStepRunReason.Unchanged);
        Assert.DoesNotContain(speakers, output => output.Reason == IncrementalStepRunReason.Modified);
        var index = second.Run.TrackedSteps[TrackingNames.SpeakerIndexes].SelectMany(step => step.Outputs).ToArray();
        Assert.All(index, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "SpeakerIndexes: " + output.Reason));
    }

    // Roslyn's step tracking records each output's whole step tree, which grows with the corpus (quadratic
    // overall), so the thousand-article tests count file reads and compare outputs instead of tracking steps.
    [Fact]
    public void InAThousandArticleCorpusAnUnrelatedEditRerunsNothing()
    {
        var counter = new ReadCounter();
        var articles = LargeCorpus(counter);
        var compilation = GeneratorHarness.Compilation(LanguageVersion.CSharp12, "class A { }");
        var first = GeneratorHarness.Run(UntrackedDriver(articles), compilation);
        Assert.Equal(1000, counter.Reads);

        var second = GeneratorHarness.Run(first.Driver, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions())));

        Assert.Equal(1000, counter.Reads);
        Assert.Equal(18, second.Run.GeneratedSources.Length);
        Assert.All(second.Run.GeneratedSources.Zip(first.Run.GeneratedSources), pair => Assert.Same(pair.Second.SourceText, pair.First.SourceText));
    }

    [Fact]
    public void InAThousandArticleCorpusOneEditedArticleReparsesOneFile()
    {
        var counter = new ReadCounter();
        var articles = LargeCorpus(counter);
        var compilation = GeneratorHarness.Compilation();
        var first = GeneratorHarness.Run(UntrackedDriver(articles), compilation);

        var target = articles[500];
        var edited = new CountingAdditionalText(target.Path, target.GetText()!.ToString() + "\n\nA new closing paragraph.", counter);
        var readsBefore = counter.Reads;
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(target, edited), compilation);

        Assert.Equal(1, counter.Reads - readsBefore);
        var changed = second.Run.GeneratedSources.Where(source => !ReferenceEquals(source.SourceText, first.Run.GeneratedSources.Single(old => old.HintName == source.HintName).SourceText));
        // Article 500 is in the eighth shard of 64; its body changed, so its summary and the corpus class did not.
        Assert.Equal(new[] { "TestProject.Corpus.Shard-7.g.cs" }, changed.Select(source => source.HintName));
    }

    private static AdditionalText[] LargeCorpus(ReadCounter counter)
        => new CorpusGen.Synthesis.CorpusSynthesizer(seed: 7).Articles(1000)
            .Select(article => (AdditionalText)new CountingAdditionalText(GeneratorHarness.ProjectDirectory + "/seeds/" + article.FileName, article.Text, counter))
            .ToArray();

    private static GeneratorDriver UntrackedDriver(AdditionalText[] articles)
        => CSharpGeneratorDriver.Create(
            new[] { new CorpusGen.Generator.CorpusGenerator().AsSourceGenerator() },
            articles,
            GeneratorHarness.ParseOptions(),
            new TestOptionsProvider(GeneratorHarness.DefaultOptions()));

    [Fact]
    public void NoCompilationObjectIsHeldInThePipeline()
    {
        var compilation = GeneratorHarness.Compilation(LanguageVersion.CSharp12, "[CorpusGen.Corpus(\"seeds\")] static partial class Seeds { }");
        var outcome = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.Seeds()), compilation);

        // The two selection steps hand AdditionalText on to the parse step; nothing after them may hold one.
        var selectionSteps = new[] { TrackingNames.CandidateTexts, TrackingNames.CorpusTexts };
        // Roslyn's own steps (ForAttributeWithMetadataName's) hold syntax by design; CorpusGen's steps are checked.
        foreach (var step in outcome.Run.TrackedSteps.Where(step => TrackedSteps.Contains(step.Key) || step.Key == TrackingNames.Declarations))
        {
            var allowAdditionalText = selectionSteps.Contains(step.Key);
            foreach (var output in step.Value.SelectMany(run => run.Outputs))
            {
                AssertHoldsNoCompilationObject(output.Value, step.Key, allowAdditionalText, depth: 0);
            }
        }
    }

    private static void AssertHoldsNoCompilationObject(object? value, string step, bool allowAdditionalText, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location or SourceText, $"{step} holds a {value.GetType().Name}");
        if (value is AdditionalText)
        {
            Assert.True(allowAdditionalText, $"{step} holds an AdditionalText");
            return;
        }

        if (value is DiagnosticDescriptor)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoCompilationObject(item, step, allowAdditionalText, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0))
        {
            AssertHoldsNoCompilationObject(property.GetValue(value), step, allowAdditionalText, depth + 1);
        }
    }
}

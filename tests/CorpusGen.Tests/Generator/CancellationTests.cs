using System;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using CorpusGen.Generator.Pipeline;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The parser and the emitters stop when the compiler or the IDE cancels, with
/// <see cref="OperationCanceledException"/>, never with a diagnostic or partial output; a cancelled run
/// leaves nothing behind that a later run could trip on. Each stage is tested on its own, so each loop's
/// own check is what stops it.
/// </summary>
public sealed class CancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    // One ordinary run over the seeds, whose step outputs the stage tests feed back with a cancelled token.
    private static readonly Lazy<GeneratorOutcome> SeedRun = new(() => GeneratorHarness.Run(GeneratorHarness.Seeds()));

    [Fact]
    public void TheParserStops()
        => Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse(TestPaths.ReadSeed(System.IO.Path.GetFileName(TestPaths.SeedFiles[0])), Cancelled));

    [Fact]
    public void EachStageOfTheParserStopsOnItsOwn()
    {
        var text = TestPaths.ReadSeed(System.IO.Path.GetFileName(TestPaths.SeedFiles[0]));
        var blocks = BlockReader.Read(NormalizedText.From(text).Text);
        var paragraphs = ParagraphAssembler.Assemble(blocks, default).Paragraphs;

        Assert.ThrowsAny<OperationCanceledException>(() => CharacterCheck.Find(text, new System.Collections.Generic.List<ParseProblem>(), Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => NormalizedText.From(text, Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => BlockReader.Read(text, Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => ParagraphAssembler.Assemble(blocks, Cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => CorpusGen.Generator.Parsing.Attribution.SpeakerResolver.Resolve(paragraphs, Cancelled));
    }

    [Fact]
    public void TheLayoutStops()
    {
        var outcome = SeedRun.Value;
        var source = StepOutput<ArticleSourceSpec>(outcome, TrackingNames.ArticleSources);
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleLayout.Build(source.Article, source.Entry, utf8: true, source.File, Cancelled));
    }

    [Fact]
    public void TheArticleCompilerStops()
    {
        var outcome = SeedRun.Value;
        var source = StepOutput<ArticleSourceSpec>(outcome, TrackingNames.ArticleSources);
        var style = StepOutput<CodeStyle>(outcome, TrackingNames.CodeStyle);
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleCompiler.Compile(source, style, Cancelled));
    }

    [Fact]
    public void TheShardEmitterStops()
    {
        var outcome = SeedRun.Value;
        var shard = StepOutput<ShardSpec>(outcome, TrackingNames.Shards);
        var style = StepOutput<CodeStyle>(outcome, TrackingNames.CodeStyle);
        Assert.ThrowsAny<OperationCanceledException>(() => ShardEmitter.Emit(shard, style, Cancelled));
    }

    [Fact]
    public void TheCorpusClassEmitterStops()
    {
        var outcome = SeedRun.Value;
        var index = StepOutput<CorpusIndexSpec>(outcome, TrackingNames.CorpusIndexes);
        var style = StepOutput<CodeStyle>(outcome, TrackingNames.CodeStyle);
        Assert.ThrowsAny<OperationCanceledException>(() => CorpusIndexEmitter.Emit(index, style, SourcePathMap.None, Cancelled));
    }

    [Fact]
    public void ARunCancelledWhileReadingThrowsAndTheNextRunIsWhole()
    {
        var first = SeedRun.Value;
        using var cancellation = new CancellationTokenSource();
        var edited = first.Driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "/seeds/zz-late.txt", "Late article\n\n\u201CJust in,\u201D said Ana Ruiz.", cancellation.Cancel)));

        var compilation = GeneratorHarness.Compilation();
        Assert.ThrowsAny<OperationCanceledException>(() => edited.RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cancellation.Token));

        var next = GeneratorHarness.Run(edited, compilation);
        var fresh = GeneratorHarness.Run(GeneratorHarness.Seeds().Append(GeneratorHarness.Article("seeds/zz-late.txt", "Late article\n\n\u201CJust in,\u201D said Ana Ruiz.")));
        Assert.Empty(next.GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(Sources(fresh), Sources(next));
    }

    private static T StepOutput<T>(GeneratorOutcome outcome, string step)
        => outcome.Run.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Value).OfType<T>().First();

    private static (string, string)[] Sources(GeneratorOutcome outcome)
        => outcome.Run.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).OrderBy(source => source.HintName, StringComparer.Ordinal).ToArray();
}

using System;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusGen.Generator;

/// <summary>
/// Compiles folders of plain-text articles into typed <c>CorpusGen.Article</c> properties.
/// This file only wires the steps; each step lives in <c>Pipeline/</c>, <c>Parsing/</c> or <c>Emitting/</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var declarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CorpusDeclarationReader.AttributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (attributeContext, cancellationToken) => CorpusDeclarationReader.Read(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.Declarations);

        var corpora = declarations.Collect()
            .Combine(options)
            .Select(static (pair, _) => CorpusResolver.Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Corpora);

        var candidateTexts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArticleFilter.Classify(pair.Left, pair.Right))
            .Where(static article => article is not null)
            .Select(static (article, _) => article!)
            .WithTrackingName(TrackingNames.CandidateTexts);

        var candidates = candidateTexts.Collect();

        // The build's list of article files, found in one step and read in the next, as the embedded text's index is.
        // A list the build names but the generator does not receive whole is reported (CORPUS015): it lists no article.
        var articleList = candidates
            .Select(static (texts, _) => ArticleListReader.Find(texts))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => ArticleListReader.ListPath(provider.GlobalOptions)))
            .Select(static (pair, cancellationToken) => ArticleListReader.Read(pair.Left?.Text, pair.Right is not null, cancellationToken))
            .WithTrackingName(TrackingNames.ArticleList);

        var corpusTexts = candidates
            .Combine(corpora.Combine(articleList))
            .SelectMany(static (pair, _) => CorpusTextSelector.Select(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.CorpusTexts);

        var articles = corpusTexts
            .Select(static (text, cancellationToken) => ArticleReader.Read(text, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        var plan = articles
            .Where(static file => file.Article is not null)
            .Select(static (file, _) => file.Path)
            .Collect()
            .Combine(corpora)
            .Select(static (pair, cancellationToken) => CorpusPlanner.Plan(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Plan);

        // The index of the article text the build embeds as a resource: an article found there with the same text
        // points into it, and only what is not a slice of its file is compiled into literals.
        // Found in one step and read in the next, so that an article's edit, which changes the candidates, reads
        // the unchanged index file again only if the file itself changed.
        var embeddedTextIndex = candidates
            .Select(static (texts, _) => EmbeddedTextIndexReader.Find(texts))
            .Select(static (file, cancellationToken) => file is null ? EmbeddedTextIndex.Empty : EmbeddedTextIndexReader.Read(file.Text, cancellationToken))
            .WithTrackingName(TrackingNames.EmbeddedTextIndex);

        // One combined input, so that pairing each article with both costs one pass over the articles.
        var articleSources = articles
            .Combine(plan.Combine(embeddedTextIndex))
            .SelectMany(static (pair, _) => ArticleSourceSelector.Select(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.ArticleSources);

        var codeStyle = context.ParseOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => Utf8Support.IsAvailable(compilation)))
            .Select(static (pair, _) => CodeStyleReader.Read(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CodeStyle);

        // Articles are compiled as their shard is emitted: a cached compiled copy of every article's text would
        // double what the driver holds between edits.
        var shards = articleSources.Collect()
            .Combine(plan)
            .SelectMany(static (pair, cancellationToken) => ShardPlanner.Plan(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Shards);

        var corpusIndexes = articleSources
            .Select(static (spec, _) => ArticleCompiler.Summarize(spec))
            .WithTrackingName(TrackingNames.Summaries)
            .Collect()
            .Combine(plan)
            .SelectMany(static (pair, _) => CorpusIndexPlanner.Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CorpusIndexes);

        var speakerIndexes = articleSources
            .Select(static (spec, _) => ArticleCompiler.SpeakersOf(spec))
            .WithTrackingName(TrackingNames.ArticleSpeakers)
            .Collect()
            .Combine(plan)
            .SelectMany(static (pair, cancellationToken) => SpeakerIndexPlanner.Plan(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SpeakerIndexes);

        // Diagnostics in .txt files get their .editorconfig severity here: the compiler applies it to C# files only.
        var severities = context.AdditionalTextsProvider
            .Where(static text => EditorConfigSeverities.IsEditorConfig(text.Path))
            .Select(static (text, cancellationToken) => new EditorConfigFile(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect()
            .Select(static (files, _) => EditorConfigSeverities.Create(files))
            .WithTrackingName(TrackingNames.Severities);

        var articleDiagnostics = articles
            .Combine(severities)
            .Select(static (pair, _) => new ArticleDiagnostics(pair.Left.Path, pair.Right.Apply(pair.Left.Diagnostics)))
            .WithTrackingName(TrackingNames.ArticleDiagnostics);

        var planDiagnostics = plan
            .Combine(severities)
            .Select(static (pair, _) => pair.Right.Apply(pair.Left.Diagnostics))
            .WithTrackingName(TrackingNames.PlanDiagnostics);

        var suppressedIds = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => SuppressedDiagnosticsReader.Read(compilation.Options, cancellationToken))
            .WithTrackingName(TrackingNames.SuppressedIds);

        var textProblemSummaries = articleDiagnostics.Collect()
            .Combine(planDiagnostics)
            .Combine(corpora)
            .Combine(suppressedIds)
            .Select(static (pair, _) => TextProblemSummarizer.Summarize(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .Combine(severities)
            .Select(static (pair, _) => pair.Right.Apply(pair.Left))
            .WithTrackingName(TrackingNames.TextProblemSummaries);

        context.RegisterSourceOutput(declarations.Select(static (declaration, _) => declaration.Diagnostics), ReportDiagnostics);
        context.RegisterSourceOutput(articleDiagnostics.Select(static (file, _) => file.Diagnostics), ReportDiagnostics);
        context.RegisterSourceOutput(planDiagnostics, ReportDiagnostics);
        context.RegisterSourceOutput(textProblemSummaries, ReportDiagnostics);
        context.RegisterSourceOutput(
            articleList.Combine(context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => ArticleListReader.ListPath(provider.GlobalOptions))),
            static (context, pair) =>
            {
                if (pair.Left.IsMissing)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ArticleListMissing, Location.None, pair.Right ?? ArticleListReader.FileName));
                }
            });
        var corpusSize = articles
            .Select(static (file, _) => file.Article?.CharacterCount ?? 0)
            .Collect()
            .Combine(codeStyle)
            .Select(static (pair, _) => LiteralBudget.Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.LiteralBudget);

        context.RegisterSourceOutput(corpusSize, ReportDiagnostics);
        context.RegisterSourceOutput(shards.Combine(codeStyle), EmitShard);
        // The build's PathMap, applied to the paths of the #line directives that lead from each article's property to its file.
        var pathMap = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.ReadPathMap(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.PathMap);
        context.RegisterSourceOutput(corpusIndexes.Combine(codeStyle).Combine(pathMap), EmitIndex);
        context.RegisterSourceOutput(speakerIndexes.Combine(codeStyle), EmitSpeakerIndex);
    }

    private static void EmitSpeakerIndex(SourceProductionContext context, (SpeakerIndexSpec Spec, CodeStyle Style) input)
    {
        var hintName = SpeakerIndexEmitter.HintName(input.Spec.Type);
        try
        {
            context.AddSource(hintName, SpeakerIndexEmitter.Emit(input.Spec, input.Style));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportFailure(context, hintName, location: null, exception);
        }
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void EmitShard(SourceProductionContext context, (ShardSpec Shard, CodeStyle Style) input)
    {
        var shard = input.Shard;
        try
        {
            context.AddSource(ShardEmitter.HintName(shard), ShardEmitter.Emit(shard, input.Style, context.CancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportFailure(context, ShardEmitter.HintName(shard), location: null, exception);
        }
    }

    private static void EmitIndex(SourceProductionContext context, ((CorpusIndexSpec Spec, CodeStyle Style) Index, SourcePathMap PathMap) input)
    {
        var spec = input.Index.Spec;
        try
        {
            context.AddSource(CorpusIndexEmitter.HintName(spec), CorpusIndexEmitter.Emit(spec, input.Index.Style, input.PathMap, context.CancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportFailure(context, spec.Layout.Corpus.Type.FullName, location: null, exception);
        }
    }

    private static void ReportFailure(SourceProductionContext context, string input, LocationInfo? location, Exception exception)
        => context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, location, input, exception.GetType().Name + ": " + exception.Message).ToDiagnostic());
}

using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;
using CorpusGen.Generator.Model;
using CorpusGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// The per-file step: reads one article's text, parses it, and turns parse problems into diagnostics
/// at their line in the .txt file. Never throws: a failure becomes a diagnostic.
/// </summary>
internal static class ArticleReader
{
    public static ArticleFile Read(AdditionalText text, CancellationToken cancellationToken)
    {
        var path = PathNormalizer.Normalize(text.Path);
        var displayName = DisplayName(path);
        try
        {
            var sourceText = text.GetText(cancellationToken);
            if (sourceText is null)
            {
                return Unreadable(path, text.Path, displayName);
            }

            var article = ArticleParser.Parse(sourceText.ToString(), cancellationToken);
            var diagnostics = new List<DiagnosticInfo>(article.Problems.Count);
            foreach (var problem in article.Problems)
            {
                diagnostics.Add(ToDiagnostic(problem, text.Path, sourceText, displayName));
            }

            return new ArticleFile(path, article, diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.WholeFile(text.Path), displayName, exception.GetType().Name + ": " + exception.Message);
            return new ArticleFile(path, null, new[] { failure }.ToEquatableArray());
        }
    }

    private static ArticleFile Unreadable(string path, string originalPath, string displayName)
    {
        var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableArticle, LocationInfo.WholeFile(originalPath), displayName);
        return new ArticleFile(path, null, new[] { diagnostic }.ToEquatableArray());
    }

    private static DiagnosticInfo ToDiagnostic(ParseProblem problem, string filePath, SourceText sourceText, string displayName)
    {
        var start = Math.Min(problem.Start, sourceText.Length);
        var span = new TextSpan(start, Math.Min(problem.Length, sourceText.Length - start));
        var location = new LocationInfo(filePath, span, sourceText.Lines.GetLinePositionSpan(span));
        var descriptor = problem.Kind switch
        {
            ParseProblemKind.EmptyArticle => DiagnosticDescriptors.EmptyArticle,
            ParseProblemKind.MissingHeadline => DiagnosticDescriptors.MissingHeadline,
            _ => DiagnosticDescriptors.UnclosedQuote,
        };
        return DiagnosticInfo.Create(descriptor, location, displayName);
    }

    private static string DisplayName(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        return slash < 0 ? normalizedPath : normalizedPath.Substring(slash + 1);
    }
}

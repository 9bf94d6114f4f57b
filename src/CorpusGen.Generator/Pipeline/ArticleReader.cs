using System;
using System.Collections.Generic;
using System.Globalization;
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
    public static ArticleFile Read(ArticleText articleText, CancellationToken cancellationToken)
    {
        var text = articleText.Text;
        var path = PathNormalizer.Normalize(text.Path);
        var displayName = DisplayName(path);
        if (articleText.IsBinary)
        {
            // Never asked for its text: the compiler would fail the build with CS2015.
            return LeftOut(path, DiagnosticInfo.Create(DiagnosticDescriptors.BinaryArticle, LocationInfo.WholeFile(text.Path), displayName));
        }

        try
        {
            var sourceText = text.GetText(cancellationToken);
            if (sourceText is null)
            {
                return Unreadable(path, text.Path, displayName);
            }

            var content = sourceText.ToString();
            var article = ArticleParser.Parse(content, cancellationToken);
            var diagnostics = new List<DiagnosticInfo>(article.Problems.Count);
            var isBinary = false;
            foreach (var problem in article.Problems)
            {
                isBinary |= problem.Kind == ParseProblemKind.BinaryContent;
                diagnostics.Add(ToDiagnostic(problem, text.Path, sourceText, content, displayName));
            }

            return isBinary
                ? new ArticleFile(path, null, diagnostics.ToEquatableArray())
                : new ArticleFile(path, StoredArticle.From(article), diagnostics.ToEquatableArray(), ArticleFileTextLocator.Locate(content, article, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return LeftOut(path, DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, LocationInfo.WholeFile(text.Path), displayName, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static ArticleFile Unreadable(string path, string originalPath, string displayName)
        => LeftOut(path, DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableArticle, LocationInfo.WholeFile(originalPath), displayName));

    private static ArticleFile LeftOut(string path, DiagnosticInfo reason) => new(path, null, new[] { reason }.ToEquatableArray());

    private static DiagnosticInfo ToDiagnostic(ParseProblem problem, string filePath, SourceText sourceText, string content, string displayName)
    {
        var start = Math.Min(problem.Start, sourceText.Length);
        var span = new TextSpan(start, Math.Min(problem.Length, sourceText.Length - start));
        var location = new LocationInfo(filePath, span, sourceText.Lines.GetLinePositionSpan(span));
        var count = problem.Count.ToString(CultureInfo.InvariantCulture);
        return problem.Kind switch
        {
            ParseProblemKind.EmptyArticle => DiagnosticInfo.Create(DiagnosticDescriptors.EmptyArticle, location, displayName),
            ParseProblemKind.MissingHeadline => DiagnosticInfo.Create(DiagnosticDescriptors.MissingHeadline, location, displayName),
            ParseProblemKind.UnclosedQuote => DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedQuote, location, displayName),
            ParseProblemKind.BinaryContent => DiagnosticInfo.Create(DiagnosticDescriptors.BinaryArticle, location, displayName),
            ParseProblemKind.UndecodableText => DiagnosticInfo.Create(DiagnosticDescriptors.UndecodableText, location, displayName, count),
            ParseProblemKind.ControlCharacters => DiagnosticInfo.Create(
                DiagnosticDescriptors.ControlCharacters, location, displayName, count, ((int)content[start]).ToString("X4", CultureInfo.InvariantCulture)),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "A parse problem with no diagnostic."),
        };
    }

    private static string DisplayName(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        return slash < 0 ? normalizedPath : normalizedPath.Substring(slash + 1);
    }
}

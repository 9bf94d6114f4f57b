using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Sums up, per corpus, the text problems reported in its files, so that a folder with hundreds of them
/// still gives one line a person can read: each ID, how often, in how many files. Only warnings and errors
/// count, as reported (after .editorconfig severities, less what the project silences). A corpus whose
/// problems lie in one file gets no summary: that file's own diagnostics say it all.
/// </summary>
internal static class TextProblemSummarizer
{
    public static EquatableArray<DiagnosticInfo> Summarize(
        ImmutableArray<ArticleDiagnostics> articles,
        EquatableArray<DiagnosticInfo> corpusDiagnostics,
        EquatableArray<CorpusSpec> corpora,
        EquatableArray<string> suppressedIds)
    {
        var summaries = new List<DiagnosticInfo>();
        foreach (var corpus in corpora)
        {
            var files = articles.Where(article => PathNormalizer.IsInFolder(article.Path, corpus.FolderPath)).ToList();
            var problems = files
                .SelectMany(article => article.Diagnostics.Select(diagnostic => (File: article.Path, Diagnostic: diagnostic)))
                .Concat(corpusDiagnostics
                    .Where(diagnostic => diagnostic.Location is not null)
                    .Select(diagnostic => (File: PathNormalizer.Normalize(diagnostic.Location!.FilePath), Diagnostic: diagnostic))
                    .Where(problem => PathNormalizer.IsInFolder(problem.File, corpus.FolderPath)))
                .Where(problem => Surfaces(problem.Diagnostic, suppressedIds))
                .ToList();

            var filesWithProblems = problems.Select(problem => problem.File).Distinct(StringComparer.Ordinal).Count();
            if (filesWithProblems < 2)
            {
                continue;
            }

            var byId = problems
                .GroupBy(problem => problem.Diagnostic.Descriptor.Id, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} \u00D7 {1} ({2}) in {3}",
                    Count(group.Count()),
                    group.Key,
                    group.First().Diagnostic.Descriptor.Title,
                    Files(group.Select(problem => problem.File).Distinct(StringComparer.Ordinal).Count())));

            summaries.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TextProblemSummary,
                corpus.Location,
                corpus.Type.FullName,
                Count(filesWithProblems),
                Count(files.Count),
                string.Join(", ", byId)));
        }

        return summaries.ToEquatableArray();
    }

    private static bool Surfaces(DiagnosticInfo diagnostic, EquatableArray<string> suppressedIds)
        => diagnostic.EffectiveSeverity >= DiagnosticSeverity.Warning
            && DiagnosticDescriptors.IsTextProblem(diagnostic.Descriptor)
            && !suppressedIds.Contains(diagnostic.Descriptor.Id);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Files(int count) => Count(count) + (count == 1 ? " file" : " files");
}

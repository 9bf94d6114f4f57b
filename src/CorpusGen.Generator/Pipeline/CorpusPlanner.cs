using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;
using CorpusGen.Generator.Emitting;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Assigns every article of every corpus its id and member name. Works on paths alone, so editing an
/// article's text leaves the plan equal and every other article's output cached.
/// </summary>
internal static class CorpusPlanner
{
    public static CorpusPlan Plan(ImmutableArray<string> articlePaths, EquatableArray<CorpusSpec> corpora, CancellationToken cancellationToken)
    {
        var paths = articlePaths.Distinct(StringComparer.Ordinal).ToList();
        var layouts = new List<CorpusLayout>(corpora.Count);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var corpus in corpora)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entries = paths
                .Where(path => PathNormalizer.IsInFolder(path, corpus.FolderPath))
                .Select(path => (Path: path, FileName: path.Substring(corpus.FolderPath.Length)))
                .OrderBy(item => item.FileName, StringComparer.Ordinal)
                .ToList();

            if (entries.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyCorpus, corpus.Location, corpus.Type.FullName, corpus.Target.FolderSetting));
            }

            layouts.Add(new CorpusLayout(corpus.Target, AssignNames(corpus.Target, entries, diagnostics)));
        }

        return new CorpusPlan(layouts.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Finds the entry for <paramref name="path"/>; entries are in ordinal path order, which is file-name order within one folder.</summary>
    public static ArticleEntry? FindEntry(CorpusLayout layout, string path)
    {
        int low = 0, high = layout.Articles.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(layout.Articles[middle].Path, path);
            if (comparison == 0)
            {
                return layout.Articles[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    private static EquatableArray<ArticleEntry> AssignNames(CorpusTarget corpus, List<(string Path, string FileName)> entries, List<DiagnosticInfo> diagnostics)
    {
        // Ignoring case: hint names are compared that way, and "X.txt" and "x.txt" read as one name.
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var userMembers = new HashSet<string>(corpus.UserMemberNames, StringComparer.Ordinal);
        var result = new List<ArticleEntry>(entries.Count);
        foreach (var (path, fileName) in entries)
        {
            var id = StripExtension(fileName);
            var baseName = MemberNames.FromId(id);
            if (MemberNames.IsReserved(baseName, corpus.Type.Name) || userMembers.Contains(baseName))
            {
                baseName += "Article";
            }

            var name = baseName;
            for (var suffix = 2; owners.ContainsKey(name) || userMembers.Contains(name); suffix++)
            {
                name = baseName + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!string.Equals(name, baseName, StringComparison.Ordinal) && owners.TryGetValue(baseName, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateMemberName, LocationInfo.WholeFile(path), owner, fileName, baseName, name));
            }

            owners[name] = fileName;
            result.Add(new ArticleEntry(path, id, fileName, name));
        }

        return result.ToEquatableArray();
    }

    private static string StripExtension(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > fileName.LastIndexOf('/') + 1 ? fileName.Substring(0, dot) : fileName;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Diagnostics;

/// <summary>
/// The <c>dotnet_diagnostic.CORPUSnnn.severity</c> settings of the .editorconfig files above the articles and of
/// the project's .globalconfig files.
/// The compiler applies .editorconfig severities to diagnostics in C# files only (roslyn#31916), so for a
/// diagnostic at a line of a .txt file CorpusGen resolves them itself, the way the compiler would for a
/// C# file at that path. Compared by the files' text; the parsed set is built once, on first use.
/// </summary>
internal sealed class EditorConfigSeverities : IEquatable<EditorConfigSeverities>
{
    public static readonly EditorConfigSeverities None = new(EquatableArray<EditorConfigFile>.Empty);

    private const string FileName = ".editorconfig";
    private const string GlobalFileName = ".globalconfig";

    private readonly EquatableArray<EditorConfigFile> _files;
    private readonly Lazy<AnalyzerConfigSet?> _set;

    private EditorConfigSeverities(EquatableArray<EditorConfigFile> files)
    {
        _files = files;
        _set = new Lazy<AnalyzerConfigSet?>(() => Parse(_files));
    }

    public static bool IsEditorConfig(string path) => IsNamed(path, FileName) || IsNamed(path, GlobalFileName);

    private static bool IsNamed(string path, string name)
        => path.EndsWith(name, StringComparison.Ordinal) && (path.Length == name.Length || path[path.Length - name.Length - 1] is '/' or '\\');

    public static EditorConfigSeverities Create(ImmutableArray<EditorConfigFile> files)
    {
        // Only files that set a CorpusGen severity can change one; when none does, there is nothing to resolve.
        if (!files.Any(file => file.Text.IndexOf("dotnet_diagnostic.corpus", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return None;
        }

        var distinct = files
            .GroupBy(file => file.Path, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(file => file.Path, StringComparer.Ordinal);
        return new EditorConfigSeverities(distinct.ToEquatableArray());
    }

    /// <summary>
    /// Gives each diagnostic the severity its file's .editorconfig (or else the project's .globalconfig) sets for its
    /// ID, and leaves out those set to <c>none</c>. Diagnostics that no setting covers keep their default.
    /// </summary>
    public EquatableArray<DiagnosticInfo> Apply(EquatableArray<DiagnosticInfo> diagnostics)
    {
        if (_files.Count == 0 || diagnostics.Count == 0 || _set.Value is not { } set)
        {
            return diagnostics;
        }

        var result = new List<DiagnosticInfo>(diagnostics.Count);
        var global = set.GlobalConfigOptions.TreeOptions;
        string? lastPath = null;
        var severities = global;
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location?.FilePath;
            if (!string.Equals(path, lastPath, StringComparison.Ordinal))
            {
                lastPath = path;
                severities = path is null ? global : set.GetOptionsForSourcePath(path).TreeOptions;
            }

            // A section matching the file wins over the project's .globalconfig, as for C# files.
            if ((!severities.TryGetValue(diagnostic.Descriptor.Id, out var report) && !global.TryGetValue(diagnostic.Descriptor.Id, out report))
                || report == ReportDiagnostic.Default)
            {
                result.Add(diagnostic);
            }
            else if (ToSeverity(report) is { } severity)
            {
                result.Add(diagnostic with { Severity = severity });
            }
        }

        return result.ToEquatableArray();
    }

    public bool Equals(EditorConfigSeverities? other) => other is not null && _files.Equals(other._files);

    public override bool Equals(object? obj) => Equals(obj as EditorConfigSeverities);

    public override int GetHashCode() => _files.GetHashCode();

    /// <summary>The parsed set, or null when there is nothing to resolve; a file that cannot be parsed (a relative path) is left out.</summary>
    private static AnalyzerConfigSet? Parse(EquatableArray<EditorConfigFile> files)
    {
        var configs = ImmutableArray.CreateBuilder<AnalyzerConfig>(files.Count);
        foreach (var file in files)
        {
            try
            {
                configs.Add(AnalyzerConfig.Parse(file.Text, file.Path));
            }
            catch (ArgumentException)
            {
                // The compiler reports a bad analyzer config itself; severities are resolved from the others.
            }
        }

        try
        {
            return configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs.ToImmutable());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The severity to report with, or null (<c>none</c>) to leave the diagnostic out.</summary>
    private static DiagnosticSeverity? ToSeverity(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => DiagnosticSeverity.Error,
        ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
        ReportDiagnostic.Info => DiagnosticSeverity.Info,
        ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
        _ => null,
    };
}

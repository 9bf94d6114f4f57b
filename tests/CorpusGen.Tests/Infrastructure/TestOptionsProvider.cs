using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Stands in for the options MSBuild passes: global build properties, and the CorpusGenArticle
/// metadata CorpusGen.props puts on each article file (<c>true</c>, or <c>binary</c> where
/// CorpusGen.targets found bytes the compiler refuses; .editorconfig files get none).
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly Func<AdditionalText, string?> _articleMarker;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, Func<AdditionalText, string?>? articleMarker = null)
    {
        _global = new DictionaryOptions(globalOptions);
        _articleMarker = articleMarker ?? (text => text.Path.EndsWith(".editorconfig", StringComparison.Ordinal) ? null : "true");
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _articleMarker(textFile) is { } marker
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusGenArticle"] = marker })
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values)
        {
            _values = values;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Stands in for the options MSBuild passes: global build properties, and the CorpusGenArticle
/// metadata CorpusGen.props puts on each article file.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly Func<AdditionalText, bool> _isArticle;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, Func<AdditionalText, bool>? isArticle = null)
    {
        _global = new DictionaryOptions(globalOptions);
        _isArticle = isArticle ?? (_ => true);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _isArticle(textFile)
            ? new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusGenArticle"] = "true" })
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

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Benchmarks;

/// <summary>An additional file held in memory.</summary>
internal sealed class MemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path => path;

    public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
}

/// <summary>The build properties and article metadata CorpusGen.props passes, for a corpus in <c>{projectDirectory}/seeds</c>.</summary>
internal sealed class CorpusOptions(string projectDirectory, string rootNamespace, string? textIndex = null) : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global = new(new Dictionary<string, string>
    {
        ["build_property.CorpusGenProjectDirectory"] = projectDirectory,
        ["build_property.CorpusGenFolder"] = "seeds",
        ["build_property.RootNamespace"] = rootNamespace,
        ["build_property.CorpusGenTextIndex"] = textIndex ?? string.Empty,
    });

    private readonly DictionaryOptions _article = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusGenArticle"] = "true" });

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _global;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _article;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

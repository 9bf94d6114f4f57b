using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>Everything the corpus class is written from: article names and each article's summary, never the rest of its text.</summary>
/// <param name="Layout">The corpus and its articles, in order.</param>
/// <param name="Summaries">Each article's summary, in the same order.</param>
/// <param name="SummarySpans">Where each summary lies in its article's file, in the same order.</param>
internal sealed record CorpusIndexSpec(CorpusLayout Layout, EquatableArray<string> Summaries, EquatableArray<SourceSpan> SummarySpans);

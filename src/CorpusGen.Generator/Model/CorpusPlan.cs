using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>Every corpus with its article names, computed from paths only so that editing an article's text leaves it unchanged.</summary>
internal sealed record CorpusPlan(EquatableArray<CorpusLayout> Corpora, EquatableArray<DiagnosticInfo> Diagnostics);

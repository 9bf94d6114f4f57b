using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>One article file's diagnostics as they are reported: with the severities its .editorconfig sets.</summary>
/// <param name="Path">The article's normalized path.</param>
/// <param name="Diagnostics">What is reported for it.</param>
internal sealed record ArticleDiagnostics(string Path, EquatableArray<DiagnosticInfo> Diagnostics);

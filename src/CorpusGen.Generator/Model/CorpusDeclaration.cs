using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>A class marked <c>[Corpus(folder)]</c>; <see cref="Type"/> is null when the declaration cannot be generated into.</summary>
internal sealed record CorpusDeclaration(CorpusTypeSpec? Type, string Folder, LocationInfo? Location, EquatableArray<DiagnosticInfo> Diagnostics);

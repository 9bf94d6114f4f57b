using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>A class marked <c>[Corpus(folder)]</c>; <see cref="Type"/> is null when the declaration cannot be generated into.</summary>
/// <param name="UserMemberNames">Names of the members the user declared in the class.</param>
internal sealed record CorpusDeclaration(CorpusTypeSpec? Type, string Folder, EquatableArray<string> UserMemberNames, LocationInfo? Location, EquatableArray<DiagnosticInfo> Diagnostics);

using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// The part of a corpus the generated code depends on. Holds no location, so editing code around a
/// [Corpus] class does not regenerate its files.
/// </summary>
/// <param name="Type">The generated class.</param>
/// <param name="FolderSetting">The folder as the user wrote it, for messages and documentation.</param>
/// <param name="IsDefault">True for the zero-configuration corpus, whose class CorpusGen declares itself.</param>
/// <param name="UserMemberNames">Members the user declared in the class, which article names must avoid.</param>
internal sealed record CorpusTarget(CorpusTypeSpec Type, string FolderSetting, bool IsDefault, EquatableArray<string> UserMemberNames);

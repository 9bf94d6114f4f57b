using System.ComponentModel;

namespace CorpusGen;

/// <summary>What a generated lookup method looks up, for <see cref="CompiledLookupAttribute"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum CompiledLookupKind
{
    /// <summary>An article id, compared ordinally: <c>Find(id)</c>.</summary>
    ArticleId = 0,

    /// <summary>A speaker's name, compared ignoring case: <c>QuotesBy(speaker)</c>.</summary>
    SpeakerName = 1,
}

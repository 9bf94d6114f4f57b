namespace CorpusGen.Generator.Usage;

/// <summary>What a generated lookup method looks up; the numbers are those of <c>CorpusGen.CompiledLookupKind</c>.</summary>
internal enum LookupKind
{
    /// <summary><c>Find(id)</c>: ids compared ordinally.</summary>
    ArticleId = 0,

    /// <summary><c>QuotesBy(speaker)</c>: names compared ignoring case.</summary>
    SpeakerName = 1,
}

namespace CorpusGen.Generator.Model;

/// <summary>What the parser found wrong or missing in an article.</summary>
internal enum ParseProblemKind
{
    EmptyArticle,
    MissingHeadline,
    UnclosedQuote,

    /// <summary>The text holds binary data (a run of NUL characters); the article is not parsed.</summary>
    BinaryContent,

    /// <summary>The text holds U+FFFD or lone surrogates: bytes the decoder could not read as UTF-8.</summary>
    UndecodableText,

    /// <summary>The text holds control characters other than tab and line breaks; they are kept.</summary>
    ControlCharacters,
}

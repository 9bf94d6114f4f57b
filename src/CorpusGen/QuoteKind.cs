namespace CorpusGen;

/// <summary>What a quotation in an article is used for.</summary>
public enum QuoteKind
{
    /// <summary>Reported speech: a clause or sentence someone said or wrote.</summary>
    Direct = 0,

    /// <summary>A short quoted phrase: a scare quote, a term, a name or a title.</summary>
    Phrase = 1,
}

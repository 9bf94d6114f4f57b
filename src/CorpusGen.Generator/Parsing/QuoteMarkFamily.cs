namespace CorpusGen.Generator.Parsing;

/// <summary>The kinds of opening quotation mark; each closes with its own partner.</summary>
internal enum QuoteMarkFamily
{
    CurlyDouble,
    CurlySingle,
    LowDouble,
    LowSingle,
    Guillemet,
    SingleGuillemet,
    StraightDouble,
    StraightSingle,
}

namespace CorpusGen.Generator.Parsing;

/// <summary>Quotation marks and the character contexts that tell an opening mark from a closing one.</summary>
internal static class QuoteMarks
{
    public const char LeftDouble = '\u201C';
    public const char RightDouble = '\u201D';
    public const char LeftSingle = '\u2018';
    public const char RightSingle = '\u2019';
    public const char LowDouble = '\u201E';
    public const char LowSingle = '\u201A';
    public const char LeftGuillemet = '\u00AB';
    public const char RightGuillemet = '\u00BB';
    public const char LeftSingleGuillemet = '\u2039';
    public const char RightSingleGuillemet = '\u203A';

    /// <summary>Every quotation mark, for searching text.</summary>
    public static readonly char[] All =
    {
        '"', '\'', LeftDouble, RightDouble, LeftSingle, RightSingle, LowDouble, LowSingle,
        LeftGuillemet, RightGuillemet, LeftSingleGuillemet, RightSingleGuillemet,
    };

    /// <summary>Marks the boundary character positions use when there is no character (start or end of text).</summary>
    public const char None = '\0';

    public static bool IsQuoteMark(char c) => c switch
    {
        '"' or '\'' or LeftDouble or RightDouble or LeftSingle or RightSingle or LowDouble or LowSingle
            or LeftGuillemet or RightGuillemet or LeftSingleGuillemet or RightSingleGuillemet => true,
        _ => false,
    };

    public static bool IsOpeningMark(char c) => c switch
    {
        LeftDouble or LeftSingle or LowDouble or LowSingle or LeftGuillemet or LeftSingleGuillemet => true,
        _ => false,
    };

    /// <summary>The family a mark opens, or null when it cannot open a quote.</summary>
    public static QuoteMarkFamily? OpeningFamily(char c) => c switch
    {
        LeftDouble => QuoteMarkFamily.CurlyDouble,
        LeftSingle => QuoteMarkFamily.CurlySingle,
        LowDouble => QuoteMarkFamily.LowDouble,
        LowSingle => QuoteMarkFamily.LowSingle,
        LeftGuillemet => QuoteMarkFamily.Guillemet,
        LeftSingleGuillemet => QuoteMarkFamily.SingleGuillemet,
        '"' => QuoteMarkFamily.StraightDouble,
        '\'' => QuoteMarkFamily.StraightSingle,
        _ => null,
    };

    /// <summary>
    /// The family of the quote a mark at <paramref name="index"/> opens, reading two single opening marks (‘‘ or '') as
    /// the double mark a typewriter keyboard writes that way; null when no mark is there.
    /// </summary>
    public static QuoteMarkFamily? OpeningFamilyAt(string text, int index)
        => text[index] is LeftSingle or '\'' && index + 1 < text.Length && text[index + 1] == text[index]
            ? QuoteMarkFamily.CurlyDouble
            : OpeningFamily(text[index]);

    /// <summary>True where a mark may open: at the start, after white space, an opening bracket, a dash or another opening mark.</summary>
    public static bool IsOpeningContext(char previous)
        => previous == None || char.IsWhiteSpace(previous) || IsOpeningMark(previous)
            || previous is '(' or '[' or '{' or '<' or '/' or '-' or '\u2013' or '\u2014' or '"' or '\'';

    /// <summary>True where a mark may close: at the end, before white space, punctuation or another closing mark.</summary>
    public static bool IsClosingContext(char next)
        => next == None || char.IsWhiteSpace(next) || char.IsPunctuation(next) || IsQuoteMark(next) || char.IsSymbol(next);

    /// <summary>True when a mark between these characters is an apostrophe inside a word (Russia’s, don't).</summary>
    public static bool IsInWord(char previous, char next)
        => previous != None && next != None && char.IsLetterOrDigit(previous) && char.IsLetter(next);

    /// <summary>"…, ‘", "…: ‘" or "told myself ‘": the mark at <paramref name="index"/> opens speech.</summary>
    public static bool OpensSpeech(string segment, int index)
    {
        var end = index;
        while (end > 0 && segment[end - 1] == ' ')
        {
            end--;
        }

        if (end > 0 && segment[end - 1] is ',' or ':')
        {
            return true;
        }

        var start = end;
        while (start > 0 && char.IsLetter(segment[start - 1]))
        {
            start--;
        }

        var word = segment.Substring(start, end - start);
        return end > start && (word.EndsWith("self", System.StringComparison.OrdinalIgnoreCase) || word.EndsWith("selves", System.StringComparison.OrdinalIgnoreCase));
    }
}

using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Splits a paragraph into tokens, with each top-level quote as one token. Periods of abbreviations
/// (U.S., St., Mr.) stay in their word so they do not end a sentence.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        var tokens = new List<Token>((text.Length / 5) + 4);
        var quoteIndex = NextTopLevel(quotes, 0);
        var i = 0;
        while (i < text.Length)
        {
            if (quoteIndex < quotes.Count && i == quotes[quoteIndex].MarkOffset)
            {
                var quote = quotes[quoteIndex];
                var end = quote.IsClosed ? quote.End + quote.ClosingLength : quote.End;
                tokens.Add(new Token(TokenKind.Quote, QuoteEnding(text, quote), i, end, quoteIndex));
                i = end;
                quoteIndex = NextTopLevel(quotes, quoteIndex + 1);
                continue;
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i = ReadWord(text, i);
                tokens.Add(new Token(TokenKind.Word, WordPool.Get(text, start, i - start), start, i, -1));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Punctuation, c < AsciiPunctuation.Length ? AsciiPunctuation[c] : c.ToString(), i, i + 1, -1));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>A quote token keeps only the quote's last non-space character: sentence splitting is all that reads it.</summary>
    private static string QuoteEnding(string text, QuoteSpan quote)
    {
        var last = quote.End - 1;
        while (last >= quote.Start && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        return last < quote.Start ? string.Empty : text[last] < AsciiPunctuation.Length ? AsciiPunctuation[text[last]] : text[last].ToString();
    }

    private static int ReadWord(string text, int start)
    {
        var i = start;
        while (true)
        {
            var runStart = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (IsJoiner(text[i]) && i > runStart && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                || (IsNumberSeparator(text[i]) && i > runStart && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
            {
                // "2,100" and "4.2" are one number, not two words around a comma or a full stop.
                i++;
            }

            if (i + 2 < text.Length && (text[i] == '\u2019' || text[i] == '\'') && text[i - 1] == 's' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                // "Castleford Supporters’ Trust": a plural possessive inside a name.
                return i + 1;
            }

            if (i >= text.Length || text[i] != '.')
            {
                return i;
            }

            if (i - runStart == 1 && char.IsUpper(text[runStart]))
            {
                // An initial or a part of "U.S.": keep the period, and go on if a letter follows.
                i++;
                if (i < text.Length && char.IsLetter(text[i]) && i + 1 < text.Length && text[i + 1] == '.')
                {
                    continue;
                }

                return i;
            }

            var abbreviation = i - start <= Abbreviations.MaxLength ? text.Substring(start, i - start + 1) : null;
            if (abbreviation is not null && Abbreviations.EndOfCompanyName.Contains(abbreviation) && !StartsSentence(text, i + 1))
            {
                // "Montecristo Gold Corp., which": the period belongs to the name unless a new sentence follows.
                return i + 1;
            }

            return abbreviation is not null && Abbreviations.NonTerminal.Contains(abbreviation) ? i + 1 : i;
        }
    }

    /// <summary>True when the text from <paramref name="index"/> goes on, after spaces, with a capital letter or a quote mark.</summary>
    private static bool StartsSentence(string text, int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return index >= text.Length || char.IsUpper(text[index]) || QuoteMarks.IsQuoteMark(text[index]);
    }

    // One shared string per ASCII character: punctuation tokens are frequent and short-lived.
    private static readonly string[] AsciiPunctuation = CreateAsciiStrings();

    private static string[] CreateAsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    private static bool IsNumberSeparator(char c) => c == ',' || c == '.';

    private static bool IsJoiner(char c) => c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011' || c == '&';

    private static int NextTopLevel(IReadOnlyList<QuoteSpan> quotes, int from)
    {
        var index = from;
        while (index < quotes.Count && quotes[index].Depth != 0)
        {
            index++;
        }

        return index;
    }
}

using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>A paragraph's tokens with their sentences; <see cref="Position"/> orders tokens across the whole article.</summary>
internal sealed class TokenizedParagraph
{
    private readonly int[] _sentenceStart;

    public TokenizedParagraph(int index, AssembledParagraph paragraph, int positionBase)
    {
        Index = index;
        Paragraph = paragraph;
        PositionBase = positionBase;
        Tokens = Tokenizer.Tokenize(paragraph.Text, paragraph.Quotes);
        _sentenceStart = FindSentences(Tokens);
    }

    public int Index { get; }

    public AssembledParagraph Paragraph { get; }

    public List<Token> Tokens { get; }

    public int PositionBase { get; }

    public int Position(int tokenIndex) => PositionBase + tokenIndex;

    /// <summary>The index of the first token of the sentence that holds token <paramref name="tokenIndex"/>.</summary>
    public int SentenceStart(int tokenIndex) => _sentenceStart[tokenIndex];

    /// <summary>The index just past the last token of the sentence that holds token <paramref name="tokenIndex"/>.</summary>
    public int SentenceEnd(int tokenIndex)
    {
        var start = _sentenceStart[tokenIndex];
        var end = tokenIndex + 1;
        while (end < Tokens.Count && _sentenceStart[end] == start)
        {
            end++;
        }

        return end;
    }

    public int TokenIndexOfQuote(int quoteIndex)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].QuoteIndex == quoteIndex)
            {
                return i;
            }
        }

        return -1;
    }

    private static int[] FindSentences(List<Token> tokens)
    {
        var starts = new int[tokens.Count];
        var current = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            starts[i] = current;
            if (EndsSentence(tokens, i))
            {
                current = i + 1;
            }
        }

        return starts;
    }

    private static bool ContinuesSentence(Token next)
        => next.Is(',') || next.Is(';') || next.Is('(') || (next.IsWord && char.IsLower(next.Text[0]));

    private static bool EndsSentence(List<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Is('.') && index + 1 < tokens.Count && ContinuesSentence(tokens[index + 1]))
        {
            // "Montecristo Gold Corp., which …", "10:30 p.m. (2230 GMT)": an abbreviation's period inside a sentence.
            return false;
        }

        if (token.Is('.') || token.Is('!') || token.Is('?'))
        {
            return true;
        }

        if (!token.IsQuote || index + 1 >= tokens.Count)
        {
            return false;
        }

        var text = token.Text;
        if (text.Length == 0 || (text[text.Length - 1] != '.' && text[text.Length - 1] != '!' && text[text.Length - 1] != '?'))
        {
            return false;
        }

        var next = tokens[index + 1];
        return next.IsQuote || next.IsCapitalized;
    }
}

namespace CorpusGen.Generator.Parsing;

/// <summary>Counts words: runs of letters and digits, where an apostrophe or hyphen between two of them does not end the word.</summary>
internal static class WordCounter
{
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (!inWord)
                {
                    count++;
                    inWord = true;
                }
            }
            else if (inWord && IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                // "Russia’s", "so-called": still one word.
            }
            else
            {
                inWord = false;
            }
        }

        return count;
    }

    // Surrogates count as word characters: letters outside the BMP come as pairs.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);

    private static bool IsJoiner(char c) => c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
}

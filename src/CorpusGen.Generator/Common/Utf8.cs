namespace CorpusGen.Generator.Common;

/// <summary>UTF-8 lengths of text, counted without encoding it.</summary>
internal static class Utf8
{
    /// <summary>The UTF-8 length of a range of a string; a lone surrogate counts as U+FFFD, as the encoder writes it.</summary>
    public static int Length(string text, int start, int length)
    {
        var bytes = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                bytes++;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += 3;
            }
        }

        return bytes;
    }

    /// <summary>True when a range of a string starts and ends between characters, not inside a surrogate pair.</summary>
    public static bool IsWholeCharacters(string text, int start, int length)
    {
        var end = start + length;
        return !(start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
            && !(end < text.Length && end > 0 && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]));
    }
}

using System.Text;

namespace CorpusGen.Generator.Common;

/// <summary>
/// The one form in which an article's text is stored in the assembly: its characters with LF line endings, as
/// UTF-8 without a byte order mark. The build task writes files in this form and the generator points into it,
/// so both compute it here (this file is compiled into both). A checkout with CRLF line endings gives the same
/// bytes as one with LF.
/// </summary>
internal static class ArticleTextForm
{
    private const ulong FnvOffsetBasis = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The text with every CRLF and lone CR turned into LF; the same instance when it has no CR.</summary>
    public static string Normalize(string text)
    {
        if (text.IndexOf('\r') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r')
            {
                builder.Append(c);
            }
            else if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The UTF-8 length and 64-bit FNV-1a hash of normalized text's UTF-8 bytes, computed without encoding it. A lone
    /// surrogate counts as U+FFFD, as the UTF-8 encoder writes it.
    /// </summary>
    public static (int Length, ulong Hash) Fingerprint(string normalized)
    {
        var length = 0;
        var hash = FnvOffsetBasis;
        for (var i = 0; i < normalized.Length; i++)
        {
            int codePoint = normalized[i];
            if (char.IsHighSurrogate(normalized[i]) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
            {
                codePoint = char.ConvertToUtf32(normalized[i], normalized[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(normalized[i]))
            {
                codePoint = 0xFFFD;
            }

            if (codePoint < 0x80)
            {
                Add(ref hash, ref length, codePoint);
            }
            else if (codePoint < 0x800)
            {
                Add(ref hash, ref length, 0xC0 | (codePoint >> 6));
                Add(ref hash, ref length, 0x80 | (codePoint & 0x3F));
            }
            else if (codePoint < 0x10000)
            {
                Add(ref hash, ref length, 0xE0 | (codePoint >> 12));
                Add(ref hash, ref length, 0x80 | ((codePoint >> 6) & 0x3F));
                Add(ref hash, ref length, 0x80 | (codePoint & 0x3F));
            }
            else
            {
                Add(ref hash, ref length, 0xF0 | (codePoint >> 18));
                Add(ref hash, ref length, 0x80 | ((codePoint >> 12) & 0x3F));
                Add(ref hash, ref length, 0x80 | ((codePoint >> 6) & 0x3F));
                Add(ref hash, ref length, 0x80 | (codePoint & 0x3F));
            }
        }

        return (length, hash);
    }

    /// <summary>The same fingerprint of text already encoded: its bytes in this form.</summary>
    public static (int Length, ulong Hash) Fingerprint(byte[] utf8)
    {
        var length = 0;
        var hash = FnvOffsetBasis;
        foreach (var value in utf8)
        {
            Add(ref hash, ref length, value);
        }

        return (length, hash);
    }

    private static void Add(ref ulong hash, ref int length, int value)
    {
        hash = unchecked((hash ^ (byte)value) * FnvPrime);
        length++;
    }
}

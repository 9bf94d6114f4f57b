using System;
using System.Globalization;
using System.Text;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// Writes random article texts: mostly news-shaped (headlines, attributions, curly and straight
/// quotes, apostrophes, abbreviations, every line-ending style), mixed with adversarial pieces
/// (unbalanced and deeply nested marks, control characters, lone surrogates, separators, text that
/// looks like C# or XML, very long words). The same seed always gives the same text.
/// </summary>
internal static class RandomArticleText
{
    private static readonly string[] Words = { "council", "vote", "budget", "the", "a", "said", "told", "reporters", "on", "Tuesday", "water", "plan", "would", "not", "it", "was", "they", "we" };
    private static readonly string[] Names = { "Ana Ruiz", "Tom Hale", "Li Wei", "Mr. Grant", "Dr. Okafor", "Maria de la Cruz", "O’Neill", "Jean-Luc Picard" };
    private static readonly string[] Abbreviations = { "St.", "U.S.", "Jr.", "p.m.", "Corp.", "4.2", "2,100", "No.", "’90s", "Russia’s", "workers’", "rock ’n’ roll", "don't" };
    private static readonly string[] Marks = { "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "\u00AB", "\u00BB", "\u201E" };
    private static readonly string[] Breaks = { "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\t\n" };
    private static readonly string[] Spaces = { " ", "  ", "\t", "\u00A0", "\u2003", "\u202F", "\u3000" };
    private static readonly string[] Hostile =
    {
        "\0", "\0\0", "\u0001", "\u001B[0m", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "\U0001F600", "\u202E", "\u200B",
        "\"\"\"", "*/", "/*", "</summary>", "<summary>", "&", "&amp;", "<", ">", "{", "}", "{0}", "#error x", "#pragma warning disable", "\\u0022", "\\", "\\\\", "@\"", "$\"", "]]>",
    };

    public static string Next(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(4) != 0)
        {
            builder.Append(Sentence(random, 3 + random.Next(6), closing: false)).Append(random.Next(3) == 0 ? "\r\n\r\n" : "\n\n");
        }

        var paragraphs = random.Next(8);
        for (var p = 0; p < paragraphs; p++)
        {
            var pieces = 1 + random.Next(12);
            for (var i = 0; i < pieces; i++)
            {
                builder.Append(Piece(random)).Append(Pick(random, Spaces, common: " "));
            }

            builder.Append(Pick(random, Breaks, common: "\n\n"));
        }

        return builder.ToString();
    }

    private static string Piece(Random random)
    {
        switch (random.Next(20))
        {
            case 0:
            case 1:
            case 2:
                return "\u201C" + Sentence(random, 2 + random.Next(8), closing: true) + "\u201D said " + Pick(random, Names) + ".";
            case 3:
                return "\"" + Sentence(random, 1 + random.Next(6), closing: true) + "\" " + Pick(random, Names) + " said.";
            case 4:
                return "\u2018" + Sentence(random, 1 + random.Next(4), closing: false) + "\u2019";
            case 5:
                return "\u201C" + Sentence(random, 2, closing: false) + " \u2018" + Sentence(random, 2, closing: false) + "\u2019 " + Sentence(random, 1, closing: true) + "\u201D";
            case 6:
                return Pick(random, Marks);
            case 7:
                return Pick(random, Abbreviations);
            case 8:
                return Pick(random, Hostile);
            case 9:
                return random.Next(50) == 0 ? new string('x', 1_000 + random.Next(4_000)) : Pick(random, Breaks);
            case 10:
                return "According to " + Pick(random, Names) + ",";
            default:
                return Sentence(random, 1 + random.Next(10), closing: true);
        }
    }

    private static string Sentence(Random random, int words, bool closing)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = random.Next(6) == 0 ? Pick(random, Names) : Pick(random, Words);
            builder.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word);
            if (i + 1 < words)
            {
                builder.Append(' ');
            }
        }

        if (closing)
        {
            builder.Append(random.Next(4) switch { 0 => ",", 1 => "?", 2 => "!", _ => "." });
        }

        return builder.ToString();
    }

    private static string Pick(Random random, string[] values, string? common = null)
        => common is not null && random.Next(2) == 0 ? common : values[random.Next(values.Length)];

    /// <summary>The text with every character outside printable ASCII written as \uXXXX, for failure messages.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c >= ' ' && c < 0x7F && c != '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}

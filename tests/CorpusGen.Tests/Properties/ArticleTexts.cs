using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// Random article texts for FsCheck: mostly news-shaped (headlines, attributions, curly and straight quotes,
/// apostrophes, abbreviations, every line-ending style), mixed with adversarial pieces (unbalanced and deeply nested
/// marks, control characters, lone surrogates, separators, text that looks like C# or XML, very long words). A text is
/// a list of pieces, so a failing one shrinks by dropping pieces and shortening the long ones.
/// </summary>
internal static class ArticleTexts
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

    /// <summary>Article texts, with the shrinker that makes a failing one smaller.</summary>
    public static Arbitrary<ArticleText> Arbitrary { get; } = Arb.From(Text(), Shrink);

    public static Gen<ArticleText> Text()
        => from headline in Gen.Frequency((3, Headline()), (1, Gen.Constant(Array.Empty<string>())))
           from count in Gen.Choose(0, 7)
           from paragraphs in Paragraph().ArrayOf(count)
           select new ArticleText(headline.Concat(paragraphs.SelectMany(paragraph => paragraph)).ToArray());

    private static Gen<string[]> Headline()
        => from words in Gen.Choose(3, 8)
           from sentence in Sentence(words, closing: false)
           from ending in Gen.Frequency((2, Gen.Constant("\n\n")), (1, Gen.Constant("\r\n\r\n")))
           select new[] { sentence, ending };

    private static Gen<string[]> Paragraph()
        => from count in Gen.Choose(1, 12)
           from pieces in (from piece in Piece() from space in Pick(Spaces, common: " ") select new[] { piece, space }).ArrayOf(count)
           from ending in Pick(Breaks, common: "\n\n")
           select pieces.SelectMany(pair => pair).Append(ending).ToArray();

    private static Gen<string> Piece()
        => Gen.Frequency(
            (3, from sentence in Sentence(2, 9, closing: true) from name in Gen.Elements(Names) select "\u201C" + sentence + "\u201D said " + name + "."),
            (1, from sentence in Sentence(1, 6, closing: true) from name in Gen.Elements(Names) select "\"" + sentence + "\" " + name + " said."),
            (1, Sentence(1, 4, closing: false).Select(sentence => "\u2018" + sentence + "\u2019")),
            (1, from outer in Sentence(2, closing: false) from inner in Sentence(2, closing: false) from last in Sentence(1, closing: true)
                select "\u201C" + outer + " \u2018" + inner + "\u2019 " + last + "\u201D"),
            (1, Gen.Elements(Marks)),
            (1, Gen.Elements(Abbreviations)),
            (1, Gen.Elements(Hostile)),
            (1, Gen.Frequency((49, Gen.Elements(Breaks)), (1, Gen.Choose(1_000, 4_999).Select(length => new string('x', length))))),
            (1, Gen.Elements(Names).Select(name => "According to " + name + ",")),
            (9, Sentence(1, 10, closing: true)));

    private static Gen<string> Sentence(int minWords, int maxWords, bool closing)
        => Gen.Choose(minWords, maxWords).SelectMany(words => Sentence(words, closing));

    private static Gen<string> Sentence(int words, bool closing)
        => from chosen in Gen.Frequency((1, Gen.Elements(Names)), (5, Gen.Elements(Words))).ArrayOf(words)
           from ending in Gen.Elements(",", "?", "!", ".", ".", ".")
           select string.Join(" ", chosen.Select((word, i) => i == 0 ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word)) + (closing ? ending : string.Empty);

    private static Gen<string> Pick(string[] values, string common) => Gen.Frequency((1, Gen.Constant(common)), (1, Gen.Elements(values)));

    /// <summary>Smaller texts: without one half of the pieces, without one piece, or with a long piece halved.</summary>
    private static IEnumerable<ArticleText> Shrink(ArticleText text)
    {
        var pieces = text.Pieces;
        if (pieces.Length > 1)
        {
            yield return new ArticleText(pieces.Take(pieces.Length / 2).ToArray());
            yield return new ArticleText(pieces.Skip(pieces.Length / 2).ToArray());
        }

        for (var i = 0; i < pieces.Length; i++)
        {
            yield return new ArticleText(pieces.Take(i).Concat(pieces.Skip(i + 1)).ToArray());
        }

        for (var i = 0; i < pieces.Length; i++)
        {
            if (pieces[i].Length > 1)
            {
                var shorter = (string[])pieces.Clone();
                shorter[i] = pieces[i].Substring(0, pieces[i].Length / 2);
                yield return new ArticleText(shorter);
            }
        }
    }

    /// <summary>The text with every character outside printable ASCII written as \uXXXX, for failure messages.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c >= ' ' && c < 0x7F && c != '\\' && c != '"')
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

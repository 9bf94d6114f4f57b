using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusGen.Generator.Parsing;

namespace CorpusGen.Tests.Hostile;

/// <summary>
/// The named hostile files: bad bytes, bad sizes, text written to escape a literal or a comment, and
/// file names that are hard to turn into identifiers. Each must leave the build going, with the
/// documented diagnostics and nothing else (docs/diagnostics.md).
/// </summary>
internal static class HostileCorpus
{
    private static readonly string[] None = Array.Empty<string>();

    public static IReadOnlyList<HostileCase> All { get; } = Create();

    public static HostileCase Named(string name) => All.Single(hostile => hostile.Name == name);

    private static List<HostileCase> Create() => new()
    {
        // Empty and blank.
        Bytes("empty.txt", Array.Empty<byte>(), new[] { "CORPUS001@1" }),
        Text("whitespace-only.txt", "   \n\t\t\n\u00A0\u2003\n", new[] { "CORPUS001@1" }),
        Text("blank-lines-only.txt", "\n\n\r\n\r\n\r\r", new[] { "CORPUS001@1" }),

        // Bytes that are not UTF-8 text.
        // Not UTF-8 and binary: the compiler itself rejects the file (CS2015) and gives CorpusGen no text.
        Bytes("binary-jpeg.txt", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01 }, new[] { "CORPUS005@1" }),
        Bytes("binary-zip.txt", Concat(Encoding.ASCII.GetBytes("PK"), new byte[] { 3, 4, 20, 0, 0, 0, 8, 0 }, Encoding.ASCII.GetBytes("word/document.xml")), new[] { "CORPUS011@1" }),
        Bytes("utf16-without-bom.txt", Encoding.Unicode.GetBytes("Storm closes schools\n\nThe storm closed every school.\n"), new[] { "CORPUS011@1" }),
        Bytes("latin1-encoded.txt", Encoding.Latin1.GetBytes("Caf\u00E9 closes\n\nThe caf\u00E9 on Main St. closed after 40 years.\n"), new[] { "CORPUS012@1" }, "Caf\uFFFD closes"),
        Bytes("truncated-utf8-sequence.txt", Concat(Utf8("Vote delayed\n\nThe vote was delayed.\n"), new byte[] { 0xE2, 0x80 }), new[] { "CORPUS012@4" }, "The vote was delayed."),
        Bytes("overlong-utf8.txt", Concat(Utf8("Overlong\n\nA slash written as "), new byte[] { 0xC0, 0xAF }, Utf8(" is not a slash.\n")), new[] { "CORPUS012@3" }, " is not a slash."),
        Bytes("encoded-surrogate.txt", Concat(Utf8("Surrogate\n\nHalf a pair "), new byte[] { 0xED, 0xA0, 0x80 }, Utf8(" is not text.\n")), new[] { "CORPUS012@3" }, " is not text."),
        Text("replacement-character.txt", "Replacement\n\nThe sign \uFFFD was in the source.\n", new[] { "CORPUS012@3" }, "The sign \uFFFD was in the source."),

        // Encodings the compiler reads correctly.
        Bytes("utf8-bom.txt", Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Utf8("Headline after a BOM\n\n\u201CIt works,\u201D said Ana Ruiz.\n")), None, "Headline after a BOM", "It works,"),
        Bytes("utf16le-bom.txt", Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes("Little endian\n\n\u201CWe\u2019re ready,\u201D said Tom Hale.\n")), None, "Little endian", "We\u2019re ready,"),
        Bytes("utf16be-bom.txt", Concat(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes("Big endian\n\n\u201CAll set,\u201D said Li Wei.\n")), None, "Big endian", "All set,"),
        Text("bom-in-the-middle.txt", "Zero width\n\nA no\uFEFFbreak space in a word.\n", None, "A no\uFEFFbreak space in a word."),

        // Control characters.
        Text("terminal-escapes.txt", "Alert\n\n\u001B[1mBreaking:\u001B[0m storm closes schools.\n", new[] { "CORPUS013@3" }, "\u001B[1mBreaking:\u001B[0m storm closes schools."),
        Text("single-nul.txt", "Stray byte\n\nA stray \0 sits in this sentence.\n", new[] { "CORPUS013@3" }, "A stray \0 sits in this sentence."),
        Text("form-feed-and-vertical-tab.txt", "Page break\n\nPage one ends here.\f Page two.\v Done.\n", new[] { "CORPUS013@3" }, "Page one ends here.\f Page two.\v Done."),
        Text("c1-controls.txt", "Mojibake\n\nA \u0080 and a \u009F from a bad conversion.\n", new[] { "CORPUS013@3" }, "A \u0080 and a \u009F from a bad conversion."),
        Text("delete-character.txt", "Delete\n\nA \u007F in the text.\n", new[] { "CORPUS013@3" }, "A \u007F in the text."),
        Text("bell-in-headline.txt", "Bell \u0007 rings\n\nThe headline rings.\n", new[] { "CORPUS013@1" }, "Bell \u0007 rings"),

        // Sizes.
        Text("five-megabyte-line.txt", FiveMegabyteLine(), new[] { "CORPUS002@1" }, "the end of five megabytes."),
        Text("twenty-thousand-paragraphs.txt", TwentyThousandParagraphs(), None, "Paragraph 19999 ends the file."),
        Text("twenty-thousand-character-word.txt", "Long word\n\n" + new string('w', 20_000) + " ends.\n", None, new string('w', 20_000) + " ends."),
        Text("thousand-unclosed-quotes.txt", "Unclosed\n\n" + string.Concat(Enumerable.Repeat("\u201Cagain ", 1_000)) + "\n", 
            Enumerable.Repeat("CORPUS003@3", QuoteScanner.MaxDepth).ToArray(), "again \u201Cagain"),
        Text("deeply-nested-quotes.txt", "Nested\n\n" + Nested(100) + " said Ana Ruiz.\n", None, "level 99"),

        // Line endings.
        Text("crlf-line-endings.txt", "Windows lines\r\n\r\n\u201CSame records,\u201D said Ana Ruiz.\r\nSecond paragraph.\r\n", None, "Windows lines", "Second paragraph."),
        Text("cr-line-endings.txt", "Old Mac lines\r\r\u201CSame records,\u201D said Ana Ruiz.\rSecond paragraph.\r", None, "Old Mac lines", "Second paragraph."),
        Text("line-and-paragraph-separators.txt", "Separators\u2028in a headline\n\nA line\u2028separator, a paragraph\u2029separator and a next\u0085line.\n", None, "A line\u2028separator, a paragraph\u2029separator and a next\u0085line."),

        // Text written to escape a literal, a comment or a doc comment.
        Payload("double-quotes-and-backslashes.txt", "\u201C\"quoted\" C:\\path\\ and \\\" and \\\\\u201D"),
        Payload("raw-string-delimiters.txt", "\"\"\" and \"\"\"\"\" and @\" and $\"{x}\""),
        Payload("unicode-escape-sequences.txt", "\\u0022 \\U00000022 \\x22 \\u000A \\n \\0"),
        Payload("comment-delimiters.txt", "*/ /* // /** */"),
        Headline("doc-comment-close.txt", "</summary></member> <summary>", "Headline &lt;/summary&gt;&lt;/member&gt; &lt;summary&gt;"),
        Headline("xml-entities.txt", "&amp; & &lt; < > &#x22; &unknown; entities", "Headline &amp;amp; &amp; &amp;lt; &lt; &gt; &amp;#x22; &amp;unknown; entities"),
        Headline("cdata-and-processing-instructions.txt", "<![CDATA[ ]]> <?xml version=\"1.0\"?> <!-- -->", "Headline &lt;![CDATA[ ]]&gt; &lt;?xml version=\"1.0\"?&gt; &lt;!-- --&gt;"),
        Payload("braces-and-format-items.txt", "{ } {{ }} {0} {1:N0} ${}"),
        Text("preprocessor-directives.txt", "Directives\n\n#error boom\n#pragma warning disable CS0000\n#if false\n#define HOSTILE\n#line 1 \"other.cs\"\n#region x\n", None, "#error boom", "#pragma warning disable CS0000", "#if false", "#define HOSTILE", "#line 1 \"other.cs\"", "#region x"),
        Headline("code-in-a-headline.txt", "x => 1; } public static int Injected => 1; class C { /// <summary>", "Headline x =&gt; 1; } public static int Injected =&gt; 1; class C { /// &lt;summary&gt;"),
        Payload("bidirectional-overrides.txt", "admin\u202E \u2066user\u2069 \u202Dend\u200B\u200D\u2060"),
        Payload("astral-and-combining.txt", "\U0001F600 \U0001D518 e\u0301 Z\u0351\u0352\u0353"),
        Headline("line-breaks-a-doc-comment-would-end-at.txt", "one\u0085two\u2028three\u2029four", "Headline one two three four"),

        // File names.
        Names("keyword-name", new[] { "seeds/class.txt", "seeds/namespace.txt" }, None, "Class", "Namespace"),
        Names("leading-digits", new[] { "seeds/2024-budget.txt" }, None, "_2024_budget"),
        Names("spaces-and-parentheses", new[] { "seeds/my article (2).txt" }, None, "My_article__2_"),
        Names("non-ascii-letters", new[] { "seeds/\u00E9t\u00E9-\u00FCber-\u540D\u524D.txt" }, None, "\u00C9t\u00E9_\u00FCber_\u540D\u524D"),
        Names("dash-and-underscore-clash", new[] { "seeds/a-b.txt", "seeds/a_b.txt" }, new[] { "CORPUS004@1" }, "A_b", "A_b_2"),
        Names("case-only-clash", new[] { "seeds/X.txt", "seeds/x.txt" }, new[] { "CORPUS004@1" }, "X", "X_2"),
        Names("sub-folders", new[] { "seeds/world/europe/vote.txt", "seeds/world/vote.txt" }, None, "World_europe_vote", "World_vote"),
        Names("reserved-member-names", new[] { "seeds/All.txt", "seeds/Find.txt", "seeds/Corpus.txt", "seeds/ToString.txt" }, None, "AllArticle", "CorpusArticle", "FindArticle", "ToStringArticle"),
        Names("symbols-only-name", new[] { "seeds/---.txt", "seeds/\U0001F600.txt" }, new[] { "CORPUS004@1" }, "_", "__2"),
        new HostileCase(
            "files-that-are-not-articles",
            new[] { ("seeds/notes.md", Utf8("# Notes")), ("seeds/data.json", Utf8("{}")), ("seeds/photo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0 }), ("seeds/article.txt.bak", Utf8("Old")) },
            None,
            None,
            Array.Empty<string>()),
    };

    private static HostileCase Text(string name, string text, string[] diagnostics, params string[] survivors)
        => new(name, new[] { ("seeds/" + name, Utf8(text)) }, diagnostics, survivors);

    private static HostileCase Bytes(string name, byte[] bytes, string[] diagnostics, params string[] survivors)
        => new(name, new[] { ("seeds/" + name, bytes) }, diagnostics, survivors);

    /// <summary>A payload in the middle of a paragraph of an otherwise well-formed article.</summary>
    private static HostileCase Payload(string name, string payload)
        => Text(name, "Payload survives\n\nThe text reads " + payload + " and ends here.\n", None, "The text reads " + payload + " and ends here.");

    /// <summary>A payload in the headline, which also goes into the property's XML documentation, escaped as given.</summary>
    private static HostileCase Headline(string name, string payload, string documentation)
        => Text(name, "Headline " + payload + "\n\nThe body is plain.\n", None, "Headline " + payload) with { Documentation = documentation };

    private static HostileCase Names(string name, string[] paths, string[] diagnostics, params string[] memberNames)
        => new(name, paths.Select(path => (path, Utf8("Named article\n\nBody of " + path + ".\n"))).ToArray(), diagnostics, None, memberNames);

    private static string FiveMegabyteLine()
    {
        var builder = new StringBuilder(5 * 1024 * 1024 + 64);
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append("The council met again and said nothing new about the budget. ");
        }

        return builder.Append("This is the end of five megabytes.").ToString();
    }

    private static string TwentyThousandParagraphs()
    {
        var builder = new StringBuilder("Many paragraphs\n\n");
        for (var i = 0; i < 19_999; i++)
        {
            builder.Append("Paragraph ").Append(i).Append(" says little.\n\n");
        }

        return builder.Append("Paragraph 19999 ends the file.\n").ToString();
    }

    private static string Nested(int depth)
    {
        var builder = new StringBuilder();
        for (var level = 0; level < depth; level++)
        {
            builder.Append(level % 2 == 0 ? '\u201C' : '\u2018').Append("level ").Append(level).Append(' ');
        }

        for (var level = depth - 1; level >= 0; level--)
        {
            builder.Append(level % 2 == 0 ? '\u201D' : '\u2019');
        }

        return builder.ToString();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}

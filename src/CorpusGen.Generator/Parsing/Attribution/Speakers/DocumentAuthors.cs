using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Speakers;

/// <summary>
/// Who wrote the documents an article cites: "a report by telecoms group Telnova", "a study from the Harbour Trust",
/// "Telnova's report". A later "the report concludes" speaks in its author's words.
/// </summary>
internal sealed class DocumentAuthors
{
    // "by the telecoms group Telnova": the describing words allowed between "by" and the author's name.
    private const int MaxDescribingWords = 3;

    private readonly List<(int Position, string Noun, string Author)> _documents = new();

    public DocumentAuthors(IReadOnlyList<TokenizedParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].IsWord && Lexicon.DocumentNouns.Contains(tokens[k].Text) && AuthorOf(paragraph, k) is { } author)
                {
                    _documents.Add((paragraph.Position(k), tokens[k].Text, author));
                }
            }
        }
    }

    /// <summary>The author of the last <paramref name="noun"/> cited before <paramref name="position"/>, else of the last document, or null.</summary>
    public string? Author(string noun, int position)
    {
        string? anyDocument = null;
        for (var i = _documents.Count - 1; i >= 0; i--)
        {
            var document = _documents[i];
            if (document.Position >= position)
            {
                continue;
            }

            if (document.Noun == noun)
            {
                return document.Author;
            }

            anyDocument ??= document.Author;
        }

        return anyDocument;
    }

    /// <summary>"a study commissioned by Field Links": the author a subject phrase names for its document, or null.</summary>
    public static string? AuthorInPhrase(TokenizedParagraph paragraph, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (paragraph.Tokens[k].IsWord && Lexicon.DocumentNouns.Contains(paragraph.Tokens[k].Text))
            {
                return AuthorOf(paragraph, k);
            }
        }

        return null;
    }

    /// <summary>"Monday's report", "Britain's report": a day or a country dates or places a document; it does not write it.</summary>
    private static bool IsDateOrPlace(string word) => Lexicon.AdjunctStarters.Contains(word) || Lexicon.TimeWords.Contains(word) || Lexicon.Countries.Contains(word);

    private static string? AuthorOf(TokenizedParagraph paragraph, int noun)
    {
        var tokens = paragraph.Tokens;
        if (noun > 0 && tokens[noun - 1].IsPossessive && tokens[noun - 1].IsCapitalized && !IsDateOrPlace(tokens[noun - 1].Base))
        {
            // "Telnova's report"
            var start = noun - 1;
            while (start > 0 && tokens[start - 1].IsCapitalized && !tokens[start - 1].IsPossessive && paragraph.SentenceStart(start) != start)
            {
                start--;
            }

            return Speakers.SubjectText.AsWritten(paragraph, start, noun - 1);
        }

        var by = noun + 1;
        if (by < tokens.Count && tokens[by].IsWord && tokens[by].Text.EndsWith("ed", System.StringComparison.Ordinal))
        {
            // "a report published by", "a study commissioned by"
            by++;
        }

        if (by + 1 >= tokens.Count || tokens[by].Text is not ("by" or "from"))
        {
            return null;
        }

        var first = by + 1;
        while (first < tokens.Count && first <= by + MaxDescribingWords && tokens[first].IsWord
            && (!tokens[first].IsCapitalized || NameFinder.IsDescriptiveCompound(tokens[first].Text)))
        {
            first++;
        }

        var last = first;
        while (last < tokens.Count && tokens[last].IsCapitalized)
        {
            last++;
        }

        return last > first ? Speakers.SubjectText.AsWritten(paragraph, first, last - 1) : null;
    }
}

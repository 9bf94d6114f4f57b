using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CorpusGen;

/// <summary>A news article compiled into the assembly: its headline, paragraphs and quotes.</summary>
/// <remarks>
/// Instances are immutable. The generated corpus class creates each article once, on first access,
/// from data computed at compile time: no text is parsed at run time.
/// </remarks>
public sealed class Article
{
    private string? _text;
    private IReadOnlyList<Speaker>? _speakers;

    /// <summary>Creates an article.</summary>
    /// <param name="id">The file's path relative to the corpus folder, without extension, with '/' separators.</param>
    /// <param name="fileName">The file's path relative to the corpus folder, with '/' separators.</param>
    /// <param name="headline">The headline, or <see langword="null"/> when the file has none.</param>
    /// <param name="byline">The author named on a "By …" line under the headline, or <see langword="null"/>.</param>
    /// <param name="paragraphs">The body's paragraphs, in order.</param>
    /// <param name="quotes">The quotes, in order of their opening marks; each becomes this article's.</param>
    /// <param name="wordCount">The number of words in the body.</param>
    public Article(string id, string fileName, string? headline, string? byline, IEnumerable<Paragraph> paragraphs, IEnumerable<Quote> quotes, int wordCount)
    {
        if (paragraphs is null)
        {
            throw new ArgumentNullException(nameof(paragraphs));
        }

        if (quotes is null)
        {
            throw new ArgumentNullException(nameof(quotes));
        }

        if (wordCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(wordCount), wordCount, "A word count cannot be negative.");
        }

        Id = id ?? throw new ArgumentNullException(nameof(id));
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        Headline = headline;
        Byline = byline;
        Paragraphs = new ReadOnlyCollection<Paragraph>(paragraphs.ToArray());
        Quotes = new ReadOnlyCollection<Quote>(quotes.ToArray());
        WordCount = wordCount;
        foreach (var quote in Quotes)
        {
            quote.AttachTo(this);
        }
    }

    /// <summary>Gets the article's identifier: its path relative to the corpus folder, without extension, with '/' separators.</summary>
    public string Id { get; }

    /// <summary>Gets the file's path relative to the corpus folder, with '/' separators.</summary>
    public string FileName { get; }

    /// <summary>Gets the headline, or <see langword="null"/> when the file starts directly with the body.</summary>
    public string? Headline { get; }

    /// <summary>Gets the author named on a "By …" line under the headline, or <see langword="null"/> when there is none.</summary>
    public string? Byline { get; }

    /// <summary>Gets the body's paragraphs, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Gets the quotes, in order of their opening marks; a nested quote follows the quote that contains it.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Gets the people and sources quoted, in order of their first quote, each with their quotes.</summary>
    public IReadOnlyList<Speaker> Speakers => _speakers ??= Speaker.Group(Quotes, StringComparer.Ordinal);

    /// <summary>Gets the body: the paragraphs joined by a blank line.</summary>
    public string Text => _text ??= string.Join("\n\n", Paragraphs.Select(paragraph => paragraph.Text));

    /// <summary>Gets the number of words in the body.</summary>
    public int WordCount { get; }

    /// <inheritdoc />
    public override string ToString() => Headline is null ? Id : Id + ": " + Headline;
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Linq;
using System.Threading;

namespace CorpusGen;

/// <summary>A news article compiled into the assembly: its headline, paragraphs and quotes.</summary>
/// <remarks>
/// Instances are immutable. The generated corpus class creates each article once, on first access,
/// from structure computed at compile time; each piece of text is decoded the first time it is read,
/// and nothing is parsed at run time.
/// </remarks>
public sealed class Article
{
    private const int HeaderLength = 6;

    private readonly CompiledText? _source;
    private readonly int[]? _layout;
    private string? _headline;
    private string? _byline;
    private bool _namesDecoded;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<Speaker>? _speakers;
    private string? _text;

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
        _headline = headline;
        _byline = byline;
        _namesDecoded = true;
        _paragraphs = new ReadOnlyCollection<Paragraph>(paragraphs.ToArray());
        _quotes = Attach(quotes.ToArray());
        WordCount = wordCount;
    }

    private Article(string id, string fileName, CompiledText source, int[] layout)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _layout = layout ?? throw new ArgumentNullException(nameof(layout));
        if (layout.Length < HeaderLength + 1 || layout.Length != HeaderLength + 1 + (Paragraph.LayoutLength * layout[5]) + (Quote.LayoutLength * layout[HeaderLength + (Paragraph.LayoutLength * layout[5])]))
        {
            throw new ArgumentException("The article layout does not match its paragraph and quote counts.", nameof(layout));
        }

        WordCount = layout[4];
    }

    /// <summary>Gets the article's identifier: its path relative to the corpus folder, without extension, with '/' separators.</summary>
    public string Id { get; }

    /// <summary>Gets the file's path relative to the corpus folder, with '/' separators.</summary>
    public string FileName { get; }

    /// <summary>Gets the headline, or <see langword="null"/> when the file starts directly with the body.</summary>
    public string? Headline
    {
        get
        {
            DecodeNames();
            return _headline;
        }
    }

    /// <summary>Gets the author named on a "By …" line under the headline, or <see langword="null"/> when there is none.</summary>
    public string? Byline
    {
        get
        {
            DecodeNames();
            return _byline;
        }
    }

    /// <summary>Gets the headline's UTF-8 bytes, read in place; empty when there is no headline.</summary>
    /// <remarks>
    /// A view of the text compiled into the assembly: reading it allocates nothing and decodes nothing, for scanning
    /// or searching a corpus without creating strings. An article created from strings, or a corpus compiled before
    /// C# 11, encodes the text into a new array instead. The view is valid while the corpus's assembly is loaded.
    /// </remarks>
    public ReadOnlySpan<byte> Utf8Headline => _source is null ? Utf8Codec.Encode(_headline) : _source.Utf8(_layout![0], _layout[1]);

    /// <summary>Gets the byline's UTF-8 bytes, read in place; empty when there is no byline.</summary>
    /// <remarks>Read in place as <see cref="Utf8Headline"/> is, with the same exceptions.</remarks>
    public ReadOnlySpan<byte> Utf8Byline => _source is null ? Utf8Codec.Encode(_byline) : _source.Utf8(_layout![2], _layout[3]);

    /// <summary>Gets the body's paragraphs, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ?? Publish(ref _paragraphs, CreateParagraphs());

    /// <summary>Gets the quotes, in order of their opening marks; a nested quote follows the quote that contains it.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ?? Publish(ref _quotes, CreateQuotes());

    /// <summary>Gets the people and sources quoted, in order of their first quote, each with their quotes.</summary>
    public IReadOnlyList<Speaker> Speakers => _speakers ?? Publish(ref _speakers, Speaker.Group(Quotes, StringComparer.Ordinal));

    /// <summary>Gets the body: the paragraphs joined by a blank line.</summary>
    public string Text => _text ??= string.Join("\n\n", Paragraphs.Select(paragraph => paragraph.Text));

    /// <summary>Gets the number of words in the body.</summary>
    public int WordCount { get; }

    /// <summary>
    /// Creates an article over text compiled into the assembly. Generated code calls this; the layout
    /// is written by the generator: headline and byline ranges (length -1 for none), word count,
    /// paragraph count and for each paragraph its range, line and column, quote count and for each quote its text
    /// range, speaker range, kind, paragraph index, start, length, end paragraph index, attribution, line and column.
    /// </summary>
    /// <param name="id">The article's id.</param>
    /// <param name="fileName">The article's file name relative to the corpus folder.</param>
    /// <param name="text">The compiled text the layout's ranges point into.</param>
    /// <param name="layout">The article's structure, computed at compile time.</param>
    /// <returns>The article; its text is decoded on first use.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Article Compiled(string id, string fileName, CompiledText text, int[] layout) => new(id, fileName, text, layout);

    /// <inheritdoc />
    public override string ToString() => Headline is null ? Id : Id + ": " + Headline;

    private static IReadOnlyList<T> Publish<T>(ref IReadOnlyList<T>? field, IReadOnlyList<T> value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private void DecodeNames()
    {
        if (Volatile.Read(ref _namesDecoded))
        {
            return;
        }

        _headline = _source!.Decode(_layout![0], _layout[1]);
        _byline = _source.Decode(_layout[2], _layout[3]);
        Volatile.Write(ref _namesDecoded, true);
    }

    private IReadOnlyList<Paragraph> CreateParagraphs()
    {
        var layout = _layout!;
        var paragraphs = new Paragraph[layout[5]];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var at = HeaderLength + (Paragraph.LayoutLength * i);
            paragraphs[i] = new Paragraph(i, _source!, layout[at], layout[at + 1], layout[at + 2], layout[at + 3]);
        }

        return new ReadOnlyCollection<Paragraph>(paragraphs);
    }

    private IReadOnlyList<Quote> CreateQuotes()
    {
        var layout = _layout!;
        var countIndex = HeaderLength + (Paragraph.LayoutLength * layout[5]);
        var quotes = new Quote[layout[countIndex]];
        for (var i = 0; i < quotes.Length; i++)
        {
            quotes[i] = new Quote(_source!, layout, countIndex + 1 + (Quote.LayoutLength * i));
        }

        return Attach(quotes);
    }

    private IReadOnlyList<Quote> Attach(Quote[] quotes)
    {
        foreach (var quote in quotes)
        {
            quote.AttachTo(this);
        }

        return new ReadOnlyCollection<Quote>(quotes);
    }
}

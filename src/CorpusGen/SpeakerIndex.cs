using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Linq;

namespace CorpusGen;

/// <summary>
/// Quotes of a whole corpus by speaker. Generated corpus classes read one computed at compile time
/// (<see cref="Compiled"/>): <c>Speakers</c> creates no article, and <c>QuotesBy</c> only the articles it returns.
/// </summary>
public sealed class SpeakerIndex
{
    private readonly Dictionary<string, Speaker> _byName;

    /// <summary>Indexes the quotes of <paramref name="articles"/>.</summary>
    /// <param name="articles">The corpus's articles, in corpus order.</param>
    public SpeakerIndex(IEnumerable<Article> articles)
    {
        if (articles is null)
        {
            throw new ArgumentNullException(nameof(articles));
        }

        var quotes = articles.SelectMany(article => article.Quotes).Where(quote => quote.Speaker is not null).ToList();
        var aliases = SurnameAliases.Of(quotes.Select(quote => quote.Speaker!));
        var grouped = new Dictionary<string, List<Quote>>(StringComparer.OrdinalIgnoreCase);
        foreach (var quote in quotes)
        {
            var name = aliases.TryGetValue(quote.Speaker!, out var fullName) ? fullName : quote.Speaker!;
            if (!grouped.TryGetValue(name, out var list))
            {
                list = new List<Quote>();
                grouped.Add(name, list);
            }

            list.Add(quote);
        }

        Speakers = new ReadOnlyCollection<Speaker>(grouped
            .Select(pair => new Speaker(pair.Key, pair.Value))
            .OrderBy(speaker => speaker.Name, StringComparer.Ordinal)
            .ToArray());
        _byName = Speakers.ToDictionary(speaker => speaker.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var alias in aliases)
        {
            _byName[alias.Key] = _byName[alias.Value];
        }
    }

    private SpeakerIndex(IReadOnlyList<Speaker> speakers, Dictionary<string, Speaker> byName)
    {
        Speakers = speakers;
        _byName = byName;
    }

    /// <summary>
    /// Reads a speaker index the generator computed at compile time. Generated code calls this; the data is the
    /// generator's: names separated by NUL, numbers packed, speakers in ordinal order of name.
    /// </summary>
    /// <param name="count">The number of speakers.</param>
    /// <param name="names">The speakers' names, separated by NUL.</param>
    /// <param name="quoteStarts">For each speaker, where its quotes start in <paramref name="quotes"/> (in pairs of numbers), then the end.</param>
    /// <param name="quotes">Each quote as its article's index in the corpus and its index in that article.</param>
    /// <param name="lookupNames">The names <see cref="QuotesBy"/> accepts, separated by NUL.</param>
    /// <param name="lookupSpeakers">For each lookup name, its speaker's index.</param>
    /// <param name="article">Returns the corpus's article at an index, creating it on first use.</param>
    /// <returns>The index; it creates no article until a speaker's quotes are asked for.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static SpeakerIndex Compiled(int count, string names, string quoteStarts, string quotes, string lookupNames, string lookupSpeakers, Func<int, Article> article)
    {
        if (article is null)
        {
            throw new ArgumentNullException(nameof(article));
        }

        var speakerNames = count == 0 ? Array.Empty<string>() : names.Split('\0');
        var speakers = new Speaker[count];
        for (var i = 0; i < count; i++)
        {
            var first = PackedNumbers.Read(quoteStarts, i);
            var end = PackedNumbers.Read(quoteStarts, i + 1);
            speakers[i] = new Speaker(speakerNames[i], () => QuotesAt(quotes, first, end, article));
        }

        // Looked up ignoring case by this runtime's rules, which need not be those of the compiler that sorted the names.
        var byName = new Dictionary<string, Speaker>(StringComparer.OrdinalIgnoreCase);
        var lookup = count == 0 ? Array.Empty<string>() : lookupNames.Split('\0');
        for (var i = 0; i < lookup.Length; i++)
        {
            byName[lookup[i]] = speakers[PackedNumbers.Read(lookupSpeakers, i)];
        }

        return new SpeakerIndex(new ReadOnlyCollection<Speaker>(speakers), byName);
    }

    /// <summary>
    /// Gets every speaker of the corpus, in ordinal order of name, each with their quotes across
    /// articles. An article that names someone only by surname ("Putin") counts for the one full
    /// name in the corpus that ends with it ("Vladimir Putin").
    /// </summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <summary>Returns the quotes attributed to <paramref name="speaker"/> (compared ignoring case; a surname finds its one full name), in corpus order; empty when there are none.</summary>
    /// <param name="speaker">The canonical speaker name, such as <c>Vladimir Putin</c>.</param>
    public IReadOnlyList<Quote> QuotesBy(string speaker)
    {
        if (speaker is null)
        {
            throw new ArgumentNullException(nameof(speaker));
        }

        return _byName.TryGetValue(speaker, out var found) ? found.Quotes : Array.Empty<Quote>();
    }

    private static IList<Quote> QuotesAt(string quotes, int first, int end, Func<int, Article> article)
    {
        var found = new Quote[end - first];
        for (var i = first; i < end; i++)
        {
            found[i - first] = article(PackedNumbers.Read(quotes, 2 * i)).Quotes[PackedNumbers.Read(quotes, (2 * i) + 1)];
        }

        return found;
    }
}

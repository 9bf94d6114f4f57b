using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CorpusGen;

/// <summary>
/// Quotes of a whole corpus by speaker. Generated corpus classes build one on first use of
/// <c>Speakers</c> or <c>QuotesBy</c>; it groups the compiled quotes and parses nothing.
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
        var aliases = SurnameAliases(quotes.Select(quote => quote.Speaker!));
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

    /// <summary>Maps each one-word name to the only longer name in the corpus ending with that word.</summary>
    private static Dictionary<string, string> SurnameAliases(IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var surname in distinct.Where(name => name.IndexOf(' ') < 0))
        {
            var fullNames = distinct
                .Where(name => name.EndsWith(" " + surname, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[0]))
                .Take(2)
                .ToList();
            if (fullNames.Count == 1)
            {
                aliases.Add(surname, fullNames[0]);
            }
        }

        return aliases;
    }
}

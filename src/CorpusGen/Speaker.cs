using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CorpusGen;

/// <summary>A person or source quoted in an article or a corpus, with their quotes in order.</summary>
public sealed class Speaker
{
    private Func<IList<Quote>>? _findQuotes;
    private IReadOnlyList<Quote>? _quotes;

    internal Speaker(string name, IList<Quote> quotes)
    {
        Name = name;
        _quotes = new ReadOnlyCollection<Quote>(quotes);
    }

    /// <summary>A speaker whose quotes are found the first time they are asked for, touching only the articles that hold them.</summary>
    internal Speaker(string name, Func<IList<Quote>> findQuotes)
    {
        Name = name;
        _findQuotes = findQuotes;
    }

    /// <summary>Gets the speaker's canonical name: the fullest form the article uses, without titles, or an anonymous source as written.</summary>
    public string Name { get; }

    /// <summary>Gets the speaker's quotes, in article order.</summary>
    public IReadOnlyList<Quote> Quotes
    {
        get
        {
            if (System.Threading.Volatile.Read(ref _quotes) is { } quotes)
            {
                return quotes;
            }

            var found = new ReadOnlyCollection<Quote>(_findQuotes!());
            return System.Threading.Interlocked.CompareExchange(ref _quotes, found, null) ?? found;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <summary>Groups quotes by speaker, in order of each speaker's first quote; quotes without a speaker are left out.</summary>
    internal static IReadOnlyList<Speaker> Group(IEnumerable<Quote> quotes, StringComparer comparer)
    {
        var order = new List<string>();
        var byName = new Dictionary<string, List<Quote>>(comparer);
        foreach (var quote in quotes)
        {
            if (quote.Speaker is null)
            {
                continue;
            }

            if (!byName.TryGetValue(quote.Speaker, out var list))
            {
                list = new List<Quote>();
                byName.Add(quote.Speaker, list);
                order.Add(quote.Speaker);
            }

            list.Add(quote);
        }

        var speakers = new Speaker[order.Count];
        for (var i = 0; i < speakers.Length; i++)
        {
            speakers[i] = new Speaker(order[i], byName[order[i]]);
        }

        return new ReadOnlyCollection<Speaker>(speakers);
    }
}

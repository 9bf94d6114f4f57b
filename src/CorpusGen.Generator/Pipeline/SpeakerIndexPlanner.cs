using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Builds each corpus's speaker index from its articles' speakers, so that at run time <c>QuotesBy</c> touches only
/// the articles it returns and <c>Speakers</c> none. Names are grouped ignoring case, under the form first quoted; a
/// one-word name counts for the only longer name in the corpus that ends with it ("Putin" for "Vladimir Putin").
/// </summary>
internal static class SpeakerIndexPlanner
{
    public static ImmutableArray<SpeakerIndexSpec> Plan(ImmutableArray<ArticleSpeakers> articles, CorpusPlan plan, CancellationToken cancellationToken)
    {
        var order = new CorpusOrder<ArticleSpeakers>(articles, article => (article.Type, article.Path));
        var indexes = ImmutableArray.CreateBuilder<SpeakerIndexSpec>(plan.Corpora.Count);
        foreach (var layout in plan.Corpora)
        {
            var quotes = new List<(string Speaker, int Article, int Quote)>();
            for (var i = 0; i < layout.Articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var speakers = order.At(layout, i)?.QuoteSpeakers ?? EquatableArray<string>.Empty;
                for (var q = 0; q < speakers.Count; q++)
                {
                    if (speakers[q].Length > 0)
                    {
                        quotes.Add((speakers[q], i, q));
                    }
                }
            }

            indexes.Add(Build(layout.Corpus.Type, quotes));
        }

        return indexes.ToImmutable();
    }

    private static SpeakerIndexSpec Build(CorpusTypeSpec type, List<(string Speaker, int Article, int Quote)> quotes)
    {
        var aliases = CorpusGen.SurnameAliases.Of(quotes.Select(quote => quote.Speaker));
        var grouped = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var (speaker, article, quote) in quotes)
        {
            var name = aliases.TryGetValue(speaker, out var fullName) ? fullName : speaker;
            if (!grouped.TryGetValue(name, out var pairs))
            {
                pairs = new List<int>();
                grouped.Add(name, pairs);
                names.Add(name);
            }

            pairs.Add(article);
            pairs.Add(quote);
        }

        names.Sort(StringComparer.Ordinal);
        var starts = new List<int>(names.Count + 1);
        var flat = new List<int>();
        var speakerOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            starts.Add(flat.Count / 2);
            flat.AddRange(grouped[names[i]]);
            speakerOf.Add(names[i], i);
        }

        starts.Add(flat.Count / 2);
        var lookup = names.Select((name, index) => (Name: name, Speaker: index))
            .Concat(aliases.Select(alias => (Name: alias.Key, Speaker: speakerOf[alias.Value])))
            .OrderBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(entry => entry.Name, StringComparer.Ordinal)
            .ToList();
        return new SpeakerIndexSpec(
            type,
            names.ToEquatableArray(),
            starts.ToEquatableArray(),
            flat.ToEquatableArray(),
            lookup.Select(entry => entry.Name).ToEquatableArray(),
            lookup.Select(entry => entry.Speaker).ToEquatableArray());
    }
}

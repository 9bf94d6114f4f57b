using System;
using System.Collections.Generic;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Pipeline;

/// <summary>Puts values computed per article back into each corpus's order, matched by corpus class and path.</summary>
internal sealed class CorpusOrder<T>
    where T : class
{
    private readonly Dictionary<(CorpusTypeSpec Type, string Path), T> _byCorpusAndPath;

    public CorpusOrder(IReadOnlyCollection<T> values, Func<T, (CorpusTypeSpec Type, string Path)> key)
    {
        _byCorpusAndPath = new Dictionary<(CorpusTypeSpec Type, string Path), T>(values.Count);
        foreach (var value in values)
        {
            _byCorpusAndPath[key(value)] = value;
        }
    }

    /// <summary>The value for article <paramref name="index"/> of <paramref name="layout"/>, or null when none was computed.</summary>
    public T? At(CorpusLayout layout, int index)
        => _byCorpusAndPath.TryGetValue((layout.Corpus.Type, layout.Articles[index].Path), out var value) ? value : null;
}

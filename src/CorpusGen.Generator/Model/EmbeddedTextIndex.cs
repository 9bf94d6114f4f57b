using System;
using System.Collections.Generic;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// What the build embedded as the articles' text: for each file, by normalized path, its slot, length and hash.
/// Empty when the build embedded none (a build without CorpusGen's targets, or the IDE before a build).
/// </summary>
internal sealed class EmbeddedTextIndex : IEquatable<EmbeddedTextIndex>
{
    public static readonly EmbeddedTextIndex Empty = new(EquatableArray<EmbeddedTextEntry>.Empty);

    private readonly Dictionary<string, int> _slots;

    public EmbeddedTextIndex(EquatableArray<EmbeddedTextEntry> entries)
    {
        Entries = entries;
        _slots = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var slot = 0; slot < entries.Count; slot++)
        {
            _slots[entries[slot].Path] = slot;
        }
    }

    public EquatableArray<EmbeddedTextEntry> Entries { get; }

    /// <summary>The article's embedded file, when the build embedded exactly the text the generator read; else null.</summary>
    public EmbeddedFile? Find(string normalizedPath, ArticleFileText? text)
    {
        if (text is null || !_slots.TryGetValue(normalizedPath, out var slot))
        {
            return null;
        }

        var entry = Entries[slot];
        return entry.Length == text.Length && entry.Hash == text.Hash ? new EmbeddedFile(slot, text.Length, text.PieceStarts) : null;
    }

    public bool Equals(EmbeddedTextIndex? other) => other is not null && Entries.Equals(other.Entries);

    public override bool Equals(object? obj) => Equals(obj as EmbeddedTextIndex);

    public override int GetHashCode() => Entries.GetHashCode();
}

/// <summary>One file of the embedded text.</summary>
internal sealed record EmbeddedTextEntry(string Path, int Length, ulong Hash);

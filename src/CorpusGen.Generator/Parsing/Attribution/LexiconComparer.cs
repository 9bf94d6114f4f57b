using System;
using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Ordinal comparison with a cheap, fixed hash, for the built-in word lists only: they are looked up
/// for almost every token, and since their contents are fixed, text cannot flood them with collisions.
/// Sets filled from article text keep the default randomized hash.
/// </summary>
internal sealed class LexiconComparer : IEqualityComparer<string>
{
    public static readonly LexiconComparer Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}

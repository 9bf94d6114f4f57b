using System;
using System.Collections.Generic;
using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// The article files the build marked with <c>CorpusGenArticle</c>, by normalized path, each as text or binary.
/// <see cref="None"/> when the build names no list (then each file's own metadata decides); <see cref="Missing"/>
/// when it names one the generator did not receive whole (CORPUS015), which lists nothing.
/// </summary>
internal sealed class ArticleList : IEquatable<ArticleList>
{
    public static readonly ArticleList None = new(EquatableArray<ArticleListEntry>.Empty);

    public static readonly ArticleList Missing = new(EquatableArray<ArticleListEntry>.Empty, isMissing: true);

    private readonly Dictionary<string, bool> _isBinary;

    public ArticleList(EquatableArray<ArticleListEntry> entries, bool isMissing = false)
    {
        Entries = entries;
        IsMissing = isMissing;
        _isBinary = new Dictionary<string, bool>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _isBinary[entry.Path] = entry.IsBinary;
        }
    }

    public EquatableArray<ArticleListEntry> Entries { get; }

    public bool IsMissing { get; }

    /// <summary>The role the list gives a file, or null when the file is not on it.</summary>
    public ArticleFileRole? RoleOf(string normalizedPath)
        => _isBinary.TryGetValue(normalizedPath, out var isBinary) ? (isBinary ? ArticleFileRole.BinaryArticle : ArticleFileRole.Article) : null;

    public bool Equals(ArticleList? other) => other is not null && IsMissing == other.IsMissing && Entries.Equals(other.Entries);

    public override bool Equals(object? obj) => Equals(obj as ArticleList);

    public override int GetHashCode() => Entries.GetHashCode();
}

/// <summary>One file on the article list.</summary>
internal sealed record ArticleListEntry(string Path, bool IsBinary);

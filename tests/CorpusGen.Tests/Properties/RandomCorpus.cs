using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests.Properties;

/// <summary>A random corpus: a few random articles under random, sometimes clashing, file names, for one language version.</summary>
internal sealed record RandomCorpus(IReadOnlyList<(string Path, string Text)> Articles, LanguageVersion Version)
{
    private static readonly string[] NameParts = { "vote", "Vote", "a-b", "a_b", "class", "2024", "été", "名前", "my article (2)", "All", "Corpus", "x", "X", "---", "sub/vote", "sub/deeper/vote", "\U0001F600" };

    public static RandomCorpus Next(Random random)
    {
        var count = 1 + random.Next(12);
        var articles = new List<(string, string)>(count);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        while (articles.Count < count)
        {
            var path = "seeds/" + NameParts[random.Next(NameParts.Length)] + (random.Next(3) == 0 ? string.Empty : random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".txt";
            if (paths.Add(path))
            {
                articles.Add((path, RandomArticleText.Next(random)));
            }
        }

        return new RandomCorpus(articles, random.Next(2) == 0 ? LanguageVersion.CSharp12 : LanguageVersion.CSharp8);
    }

    public string Describe()
    {
        var builder = new StringBuilder("C# ").Append(Version == LanguageVersion.CSharp12 ? "12" : "8");
        foreach (var (path, text) in Articles)
        {
            builder.Append('\n').Append(path).Append(": ").Append(RandomArticleText.Escape(text));
        }

        return builder.ToString();
    }
}

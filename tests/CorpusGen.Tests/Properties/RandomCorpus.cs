using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// A random corpus: a few random articles under random, sometimes clashing, file names, for one language version.
/// A failing corpus shrinks by dropping articles, then by shrinking their texts.
/// </summary>
internal sealed record RandomCorpus(IReadOnlyList<(string Path, ArticleText Text)> Articles, LanguageVersion Version)
{
    private static readonly string[] NameParts = { "vote", "Vote", "a-b", "a_b", "class", "2024", "été", "名前", "my article (2)", "All", "Corpus", "x", "X", "---", "sub/vote", "sub/deeper/vote", "\U0001F600", "line\u2028break", "para\u2029graph", "say \"cheese\"" };

    public static Arbitrary<RandomCorpus> Arbitrary { get; } = Arb.From(Corpus(), Shrink);

    private static Gen<RandomCorpus> Corpus()
        => from count in Gen.Choose(1, 12)
           from names in Name().ArrayOf(count)
           from texts in ArticleTexts.Text().ArrayOf(count)
           from modern in Gen.Elements(true, false)
           select new RandomCorpus(
               names.Zip(texts, (name, text) => (Path: name, Text: text)).GroupBy(article => article.Path).Select(same => same.First()).ToList(),
               modern ? LanguageVersion.CSharp12 : LanguageVersion.CSharp8);

    private static Gen<string> Name()
        => from part in Gen.Elements(NameParts)
           from numbered in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
           from number in Gen.Choose(0, 99)
           select "seeds/" + part + (numbered ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + ".txt";

    private static IEnumerable<RandomCorpus> Shrink(RandomCorpus corpus)
    {
        for (var i = 0; corpus.Articles.Count > 1 && i < corpus.Articles.Count; i++)
        {
            yield return corpus with { Articles = corpus.Articles.Where((_, index) => index != i).ToList() };
        }

        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            foreach (var smaller in ArticleTexts.Arbitrary.Shrinker(corpus.Articles[i].Text).Take(4))
            {
                var articles = corpus.Articles.ToList();
                articles[i] = (articles[i].Path, smaller);
                yield return corpus with { Articles = articles };
            }
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder("C# ").Append(Version == LanguageVersion.CSharp12 ? "12" : "8");
        foreach (var (path, text) in Articles)
        {
            builder.Append('\n').Append(path).Append(": ").Append(text);
        }

        return builder.ToString();
    }
}

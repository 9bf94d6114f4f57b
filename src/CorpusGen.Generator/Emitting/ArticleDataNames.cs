using System.Text;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Names of the generated classes that hold article data. Each article's data lives in a class of its
/// own in <see cref="Namespace"/>, not in a part of the corpus class: thousands of parts of one
/// partial class cost the compiler time that grows with their square.
/// </summary>
internal static class ArticleDataNames
{
    public const string Namespace = "CorpusGen.Generated";

    /// <summary>The corpus's helper class: "TestProject.Corpus" gives "TestProject__Corpus".</summary>
    public static string HelperClass(CorpusTypeSpec type)
    {
        var builder = new StringBuilder();
        foreach (var c in type.FullName)
        {
            if (c == '.')
            {
                builder.Append("__");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The article's data class: the helper class's name, two underscores, the article's member name.</summary>
    public static string DataClass(CorpusTypeSpec type, string memberName) => HelperClass(type) + "___" + memberName;

    public static string Qualified(string className) => "global::" + Namespace + "." + className;
}

using System.Text;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Names of the generated classes that hold article data. Each shard's data lives in a class of its
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

    /// <summary>A shard's data class: the helper class's name, three underscores, <c>Shard</c> and the shard's number.</summary>
    public static string ShardClass(CorpusTypeSpec type, int number) => HelperClass(type) + "___Shard" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Qualified(string className) => "global::" + Namespace + "." + className;
}

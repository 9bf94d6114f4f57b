using System.Globalization;
using CorpusGen.Generator.Model;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Emits a corpus's speaker index as data, computed at compile time: the names in one literal separated by NUL (no
/// name holds one), the numbers packed (<see cref="PackedNumbers"/>). The corpus class reads it through
/// <c>CorpusGen.SpeakerIndex.Compiled</c>. A file of its own, so that an edit that changes who is quoted leaves the
/// corpus class as it was.
/// </summary>
internal static class SpeakerIndexEmitter
{
    public static string HintName(CorpusTypeSpec type) => type.FullName + ".Speakers.g.cs";

    /// <summary>The class that holds a corpus's speaker index.</summary>
    public static string ClassName(CorpusTypeSpec type) => ArticleDataNames.HelperClass(type) + "___Speakers";

    public static string Emit(SpeakerIndexSpec spec, CodeStyle style)
    {
        var writer = new SourceWriter(1024 + (spec.Names.Count * 40) + (spec.Quotes.Count * PackedNumbers.Width * 2));
        CorpusTypeScaffold.WriteFileHeader(writer, style);
        writer.OpenBlock("namespace " + ArticleDataNames.Namespace);
        writer.WriteLine("/// <summary>Who is quoted in <c>" + XmlDocText.Of(spec.Type.FullName) + "</c>, and where: computed at compile time.</summary>");
        writer.WriteLine(CorpusTypeScaffold.GeneratedCodeAttribute);
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock("internal static class " + ClassName(spec.Type));
        writer.WriteLine("internal const int Count = " + spec.Names.Count.ToString(CultureInfo.InvariantCulture) + ";");
        writer.WriteLine();
        WriteConstant(writer, "Names", string.Join("\0", spec.Names));
        WriteConstant(writer, "QuoteStarts", PackedNumbers.Of(spec.QuoteStarts));
        WriteConstant(writer, "Quotes", PackedNumbers.Of(spec.Quotes));
        WriteConstant(writer, "LookupNames", string.Join("\0", spec.LookupNames));
        WriteConstant(writer, "LookupSpeakers", PackedNumbers.Of(spec.LookupSpeakers), last: true);
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteConstant(SourceWriter writer, string name, string value, bool last = false)
    {
        writer.WriteLine("internal const string " + name + " =");
        writer.Indent();
        writer.WriteLiteralLine(value, ";");
        writer.Unindent();
        if (!last)
        {
            writer.WriteLine();
        }
    }
}

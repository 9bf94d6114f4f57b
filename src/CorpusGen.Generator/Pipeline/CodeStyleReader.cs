using CorpusGen.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Generator.Pipeline;

/// <summary>Decides how to write code for the consuming project's language version and target.</summary>
internal static class CodeStyleReader
{
    public static CodeStyle Read(ParseOptions options, bool utf8Available)
    {
        var version = options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
        return new CodeStyle(
            NullableAnnotations: version >= LanguageVersion.CSharp8,
            Utf8Literals: utf8Available && version >= LanguageVersion.CSharp11,
            LineSpanDirectives: version >= LanguageVersion.CSharp10);
    }
}

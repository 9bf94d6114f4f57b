using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;
using CorpusGen.Generator.Emitting;

namespace CorpusGen.Generator.Pipeline;

/// <summary>
/// Checks that a corpus compiled as string literals fits in one assembly: the metadata string heap
/// holds 2^24 bytes of UTF-16, about 8.4 million characters for every literal of the assembly together.
/// </summary>
internal static class LiteralBudget
{
    /// <summary>Characters of corpus text allowed as string literals, leaving room for the project's own strings.</summary>
    public const int MaxCharacters = 8_000_000;

    public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<int> characterCounts, CodeStyle style)
    {
        if (style.Utf8Literals)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var total = characterCounts.Sum(count => (long)count);
        if (total <= MaxCharacters)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var diagnostic = DiagnosticInfo.Create(
            DiagnosticDescriptors.CorpusTooLargeForStringLiterals,
            location: null,
            total.ToString("N0", CultureInfo.InvariantCulture),
            MaxCharacters.ToString("N0", CultureInfo.InvariantCulture));
        return new[] { diagnostic }.ToEquatableArray();
    }
}

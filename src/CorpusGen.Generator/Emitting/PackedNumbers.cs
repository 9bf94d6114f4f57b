using System.Collections.Generic;
using System.Text;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Numbers written into a string literal as binary data the run time reads in place, with no digits to parse:
/// each number from 0 to 2^30 - 1 as <see cref="Width"/> characters of six bits each, low bits first, '0' (U+0030)
/// standing for zero. The same characters are the same bytes in a UTF-8 literal. <c>CorpusGen.PackedNumbers</c>
/// reads them.
/// </summary>
internal static class PackedNumbers
{
    public const int Width = 5;

    /// <summary>The C# expression that reads the number at unit <paramref name="at"/> of <paramref name="data"/>, a string or a byte span.</summary>
    public static string ReadExpression(string data, string at)
        => "(" + data + "[" + at + "] - '0') | ((" + data + "[" + at + " + 1] - '0') << 6) | ((" + data + "[" + at + " + 2] - '0') << 12) | (("
            + data + "[" + at + " + 3] - '0') << 18) | ((" + data + "[" + at + " + 4] - '0') << 24)";

    public static string Of(IEnumerable<int> numbers)
    {
        var packed = new StringBuilder();
        foreach (var number in numbers)
        {
            if (number < 0 || number >= 1 << 30)
            {
                throw new System.ArgumentOutOfRangeException(nameof(numbers), number, "A packed number is from 0 to 2^30 - 1.");
            }

            for (var shift = 0; shift < 6 * Width; shift += 6)
            {
                packed.Append((char)('0' + ((number >> shift) & 0x3F)));
            }
        }

        return packed.ToString();
    }
}

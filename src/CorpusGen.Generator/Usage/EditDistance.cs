using System;

namespace CorpusGen.Generator.Usage;

/// <summary>
/// Edits (insert, delete, replace, swap two neighbours) between two strings: "Vladmir" is one from "Vladimir". Stops
/// early once the distance must exceed a bound, so that ranking thousands of candidates stays cheap.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="bound"/> + 1 when it is larger than <paramref name="bound"/>.</summary>
    public static int Between(string left, string right, int bound, bool ignoreCase)
    {
        if (Math.Abs(left.Length - right.Length) > bound)
        {
            return bound + 1;
        }

        var beforePrevious = new int[right.Length + 1];
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var same = Same(left[i - 1], right[j - 1], ignoreCase);
                var distance = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
                if (i > 1 && j > 1 && Same(left[i - 1], right[j - 2], ignoreCase) && Same(left[i - 2], right[j - 1], ignoreCase))
                {
                    distance = Math.Min(distance, beforePrevious[j - 2] + 1);
                }

                current[j] = distance;
                rowMinimum = Math.Min(rowMinimum, distance);
            }

            if (rowMinimum > bound)
            {
                return bound + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return Math.Min(previous[right.Length], bound + 1);
    }

    private static bool Same(char left, char right, bool ignoreCase)
        => left == right || (ignoreCase && char.ToUpperInvariant(left) == char.ToUpperInvariant(right));
}

using System;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Hands out one string per distinct word, so tokenizing a corpus allocates a string only the first
/// time a word is seen: most words of news text repeat. Per thread, so the generator's parallel steps
/// share nothing; cleared when it grows past <see cref="MaxWords"/> words.
/// </summary>
internal static class WordPool
{
    private const int MaxWords = 1 << 16;

    [ThreadStatic]
    private static string?[]? t_table;

    [ThreadStatic]
    private static int t_count;

    public static string Get(string text, int start, int length)
    {
        var table = t_table ??= new string?[MaxWords * 2];
        var hash = Hash(text, start, length);
        var mask = table.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = table[slot];
            if (entry is null)
            {
                if (t_count >= MaxWords)
                {
                    Array.Clear(table, 0, table.Length);
                    t_count = 0;
                }

                var word = text.Substring(start, length);
                table[slot] = word;
                t_count++;
                return word;
            }

            if (entry.Length == length && string.CompareOrdinal(entry, 0, text, start, length) == 0)
            {
                return entry;
            }
        }
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash & int.MaxValue;
        }
    }
}

using System.Collections.Generic;
using System.Threading;

namespace CorpusGen.Generator.Parsing;

/// <summary>Splits normalized text into its non-blank lines: both blank lines and single newlines end a block.</summary>
internal static class BlockReader
{
    public static List<TextBlock> Read(string text, CancellationToken cancellationToken = default)
    {
        var lines = new List<(string Text, int Start)>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = lineStart;
                var end = i;
                while (start < end && text[start] == ' ')
                {
                    start++;
                }

                while (end > start && text[end - 1] == ' ')
                {
                    end--;
                }

                lines.Add((text.Substring(start, end - start), start));
                lineStart = i + 1;
            }
        }

        var blocks = new List<TextBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length == 0)
            {
                continue;
            }

            var followsBlank = i > 0 && lines[i - 1].Text.Length == 0;
            var precedesBlank = i + 1 < lines.Count && lines[i + 1].Text.Length == 0;
            blocks.Add(new TextBlock(lines[i].Text, lines[i].Start, followsBlank, precedesBlank));
        }

        return blocks;
    }
}

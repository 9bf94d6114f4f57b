namespace CorpusGen.Generator.Parsing;

/// <summary>One non-blank line of an article, trimmed; <see cref="Start"/> is its offset in the normalized text.</summary>
internal sealed record TextBlock(string Text, int Start, bool FollowsBlankLine, bool PrecedesBlankLine);

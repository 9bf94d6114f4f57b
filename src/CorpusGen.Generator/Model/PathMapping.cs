namespace CorpusGen.Generator.Model;

/// <summary>One entry of a <see cref="SourcePathMap"/>: paths starting with <see cref="From"/> start with <see cref="To"/> instead.</summary>
internal readonly record struct PathMapping(string From, string To);

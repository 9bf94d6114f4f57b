namespace CorpusGen.Generator.Usage;

/// <summary>A value a lookup finds, offered in place of one it does not, with the member that returns it if any.</summary>
internal readonly record struct Suggestion(string Value, string? Member);

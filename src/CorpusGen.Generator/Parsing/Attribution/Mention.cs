namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>A place where an article names a person; <see cref="IsSubject"/> when it is the first person its sentence names.</summary>
internal sealed record Mention(int Position, int Paragraph, Person Person, bool IsSubject);

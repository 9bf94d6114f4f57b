namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// A place where an article names a person; <see cref="IsSubject"/> when it is the first person its sentence names,
/// <see cref="BySurnameAlone"/> when the name is the bare surname ("Asante said").
/// </summary>
internal sealed record Mention(int Position, int Paragraph, Person Person, bool IsSubject, bool BySurnameAlone = false);

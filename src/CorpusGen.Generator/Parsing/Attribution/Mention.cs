namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// A place where an article names a person; <see cref="Role"/> says how prominent it is in its sentence,
/// <see cref="BySurnameAlone"/> whether the name is the bare surname ("Asante said").
/// </summary>
internal sealed record Mention(int Position, int Paragraph, Person Person, MentionRole Role, bool BySurnameAlone = false)
{
    public bool IsSubject => Role == MentionRole.Subject;
}

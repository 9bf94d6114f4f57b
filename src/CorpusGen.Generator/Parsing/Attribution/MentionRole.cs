namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// How prominent a mention is in its sentence, which a later "he" or "she" follows: the subject first, then the owner
/// of the subject ("Okafor's goal won it"), then any other place a name stands.
/// </summary>
internal enum MentionRole
{
    Other,
    SubjectOwner,
    Subject,
}

namespace CorpusGen.Generator.Parsing.Attribution;

internal enum Gender
{
    Unknown,
    Male,
    Female,
}

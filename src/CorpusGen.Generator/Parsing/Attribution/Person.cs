using System;
using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>A person named in an article, known by the fullest form of the name it uses.</summary>
internal sealed class Person
{
    public Person(string canonicalName, string surname)
    {
        CanonicalName = canonicalName;
        Surname = surname;
    }

    public string CanonicalName { get; private set; }

    public string Surname { get; }

    public Gender Gender { get; private set; }

    public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>Keeps tokens [first, last] as the name when they spell a longer form than the one known.</summary>
    public void OfferName(List<Token> tokens, int first, int last)
    {
        var length = last - first;
        for (var k = first; k <= last; k++)
        {
            length += tokens[k].Base.Length;
        }

        if (length <= CanonicalName.Length)
        {
            return;
        }

        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            words[k - first] = tokens[k].Base;
        }

        CanonicalName = string.Join(" ", words);
    }

    public void OfferGender(Gender gender)
    {
        if (Gender == Gender.Unknown)
        {
            Gender = gender;
        }
    }

    public bool IsCompatible(Gender gender) => gender == Gender.Unknown || Gender == Gender.Unknown || Gender == gender;
}

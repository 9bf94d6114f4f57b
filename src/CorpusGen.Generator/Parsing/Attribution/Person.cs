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

    public void OfferName(string name)
    {
        if (name.Length > CanonicalName.Length)
        {
            CanonicalName = name;
        }
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

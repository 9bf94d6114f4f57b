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

    /// <summary>The first word of the name when it is longer than the surname, else null.</summary>
    public string? GivenName { get; private set; }

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
        GivenName = words.Length > 1 ? words[0] : null;
    }

    /// <summary>
    /// Of <paramref name="people"/> sharing a surname, the one whose given name is <paramref name="givenName"/>,
    /// else the one known so far by the surname alone, else null.
    /// </summary>
    public static Person? WithGivenName(IReadOnlyList<Person> people, string givenName)
    {
        Person? unnamed = null;
        foreach (var person in people)
        {
            if (person.HasGivenName(givenName))
            {
                return person;
            }

            unnamed ??= person.GivenName is null ? person : null;
        }

        return unnamed;
    }

    /// <summary>True when <paramref name="givenName"/> is this person's given name or its initial ("J." for "Jane").</summary>
    public bool HasGivenName(string givenName)
    {
        var known = GivenName;
        if (known is null)
        {
            return false;
        }

        if (givenName.Length == 2 && givenName[1] == '.')
        {
            return known[0] == givenName[0];
        }

        return string.Equals(known, givenName, StringComparison.Ordinal);
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

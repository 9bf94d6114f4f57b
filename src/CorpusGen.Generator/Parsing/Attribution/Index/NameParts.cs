using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution.Index;

/// <summary>The parts of a written name: where it starts after titles and roles, its title, and the gender they tell.</summary>
internal static class NameParts
{
    /// <summary>Where the name starts once titles are left out: "Andrey Kovalenko" in "Mayor Andrey Kovalenko".</summary>
    public static int NameStart(List<Token> tokens, int first, int last)
    {
        var title = LastTitle(tokens, first, last);
        var nameFirst = title + 1 > first ? title + 1 : first;
        var skippedRole = false;
        while (nameFirst < last - 1 && Lexicon.RoleNouns.Contains(tokens[nameFirst].Base.ToLowerInvariant()))
        {
            // "Farmer Yannick Le Goff", "Assistant Prosecutor Colleen Marsh": a role before the name is not part of it.
            nameFirst++;
            skippedRole = true;
        }

        if (!skippedRole && title < 0)
        {
            // "Russian Vladimir Putin", "Council Member Grace Liu": a nationality or a role before a known given name
            // describes the person; in "Jairo Alberto Suárez Mantilla" and "Tan Mei Ling" every word is the name.
            for (var k = first + 1; k < last; k++)
            {
                if (NameFinder.IsGivenName(tokens[k].Base))
                {
                    var described = Lexicon.IsDemonym(tokens[k - 1].Base) || Lexicon.RoleNouns.Contains(tokens[k - 1].Base.ToLowerInvariant());
                    return described ? k : first;
                }
            }
        }

        return nameFirst;
    }

    /// <summary>The index of the last title in tokens [<paramref name="first"/>, <paramref name="last"/>), or -1.</summary>
    public static int LastTitle(List<Token> tokens, int first, int last)
    {
        var title = -1;
        for (var k = first; k < last; k++)
        {
            if (Lexicon.Titles.Contains(tokens[k].Base))
            {
                title = k;
            }
        }

        return title;
    }

    /// <summary>The gender a known given name tells, else the one its title tells.</summary>
    public static Gender GenderOf(string givenName, string? title)
    {
        if (GivenNames.Unisex.Contains(givenName))
        {
            return TitleGender(title);
        }

        if (GivenNames.Male.Contains(givenName))
        {
            return Gender.Male;
        }

        return GivenNames.Female.Contains(givenName) ? Gender.Female : TitleGender(title);
    }

    /// <summary>The gender a title says: "Madam", "Aunty" and "Mrs" are women's, "Mr", "Uncle" and "Sir" men's.</summary>
    public static Gender TitleGender(string? title)
        => title is null ? Gender.Unknown
            : Lexicon.MaleTitles.Contains(title) ? Gender.Male
            : Lexicon.FemaleTitles.Contains(title) ? Gender.Female
            : Gender.Unknown;
}

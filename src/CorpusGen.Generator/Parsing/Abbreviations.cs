using System;
using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing;

/// <summary>Abbreviations whose period does not end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that come before a name ("St. Petersburg", "Dr. Smith"): a line break after one is a layout artifact.</summary>
    public static readonly HashSet<string> BeforeName = new(StringComparer.Ordinal)
    {
        "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Cpt.", "Gov.", "Sen.", "Rep.", "Prof.",
        "Rev.", "Mt.", "Ft.", "Hon.", "Pres.", "Supt.", "Cmdr.", "Adm.", "Maj.", "Brig.", "Gens.", "Messrs.", "Mme.", "Mlle.",
    };

    /// <summary>The longest abbreviation, period included.</summary>
    public const int MaxLength = 8;

    /// <summary>Abbreviations that rarely end a sentence, for sentence splitting.</summary>
    public static readonly HashSet<string> NonTerminal = new(StringComparer.Ordinal)
    {
        "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Cpt.", "Gov.", "Sen.", "Rep.", "Prof.",
        "Rev.", "Mt.", "Ft.", "Hon.", "Pres.", "Supt.", "Cmdr.", "Adm.", "Maj.", "Brig.", "No.", "Nos.", "vs.", "e.g.", "i.e.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "approx.", "Mme.", "Mlle.", "Messrs.", "Jr.", "Sr.",
    };

    /// <summary>Abbreviations that end a company's name ("Montecristo Gold Corp."): part of the name unless a sentence ends there.</summary>
    public static readonly HashSet<string> EndOfCompanyName = new(StringComparer.Ordinal)
    {
        "Corp.", "Inc.", "Ltd.", "Co.", "Bros.", "Plc.",
    };

    /// <summary>True when <paramref name="text"/> ends with an abbreviation that precedes a name.</summary>
    public static bool EndsWithNameAbbreviation(string text)
    {
        if (text.Length == 0 || text[text.Length - 1] != '.')
        {
            return false;
        }

        var start = text.LastIndexOf(' ') + 1;
        var length = text.Length - start;
        if (length > 8)
        {
            return false;
        }

        foreach (var abbreviation in BeforeName)
        {
            if (abbreviation.Length == length && string.CompareOrdinal(text, start, abbreviation, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

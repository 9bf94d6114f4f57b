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

    /// <summary>Abbreviations that rarely end a sentence, for sentence splitting.</summary>
    public static readonly HashSet<string> NonTerminal = new(StringComparer.Ordinal)
    {
        "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Cpt.", "Gov.", "Sen.", "Rep.", "Prof.",
        "Rev.", "Mt.", "Ft.", "Hon.", "Pres.", "Supt.", "Cmdr.", "Adm.", "Maj.", "Brig.", "No.", "Nos.", "vs.", "e.g.", "i.e.",
        "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "approx.", "Mme.", "Mlle.", "Messrs.",
    };

    /// <summary>True when <paramref name="text"/> ends with an abbreviation that precedes a name.</summary>
    public static bool EndsWithNameAbbreviation(string text)
    {
        var start = text.LastIndexOf(' ') + 1;
        return text.Length - start <= 8 && BeforeName.Contains(text.Substring(start));
    }
}

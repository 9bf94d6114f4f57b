using System.Collections.Generic;

namespace CorpusGen.Generator.Parsing.Attribution;

/// <summary>
/// Given names that are overwhelmingly one gender in English-language news, from many cultures. A known
/// given name makes a capitalized run a person and tells which of "he" and "she" can refer to them.
/// Names used by both sexes, or that are also common words, places or surnames, are left out.
/// </summary>
internal static class GivenNames
{
    public static readonly HashSet<string> Male = WordList.Load("given-names-male.txt");

    public static readonly HashSet<string> Female = WordList.Load("given-names-female.txt");

    /// <summary>Names both sexes bear ("Kim", "Andrea"): they mark a person but not a gender, and outrank the two lists above.</summary>
    public static readonly HashSet<string> Unisex = WordList.Load("given-names-unisex.txt");
}

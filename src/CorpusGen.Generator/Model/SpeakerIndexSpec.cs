using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// A corpus's speaker index, computed at compile time: every speaker in ordinal order of name with their quotes as
/// (article, quote) pairs in corpus order, and the names a lookup accepts (each speaker's, and a surname standing
/// for the one full name that ends with it), sorted only so that the output is the same on every run.
/// </summary>
/// <param name="Type">The corpus class.</param>
/// <param name="Names">The speakers' names, in ordinal order.</param>
/// <param name="QuoteStarts">For each speaker, the index of its first quote in <paramref name="Quotes"/> (counted in pairs), then the end of the last.</param>
/// <param name="Quotes">Article index and quote index, two numbers a quote.</param>
/// <param name="LookupNames">The names a lookup accepts.</param>
/// <param name="LookupSpeakers">For each lookup name, the index of its speaker in <paramref name="Names"/>.</param>
internal sealed record SpeakerIndexSpec(
    CorpusTypeSpec Type,
    EquatableArray<string> Names,
    EquatableArray<int> QuoteStarts,
    EquatableArray<int> Quotes,
    EquatableArray<string> LookupNames,
    EquatableArray<int> LookupSpeakers);

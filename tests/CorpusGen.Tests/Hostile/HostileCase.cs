using System.Collections.Generic;

namespace CorpusGen.Tests.Hostile;

/// <summary>
/// Files a user or an attacker could put in a corpus folder, and what CorpusGen must make of them.
/// </summary>
/// <param name="Name">The case's name, as the test lists it.</param>
/// <param name="Files">Paths relative to the project, with the bytes on disk.</param>
/// <param name="Diagnostics">Every diagnostic the generator must report, as "ID@line" (line 0: no location), in any order.</param>
/// <param name="Survivors">Texts that must read back verbatim from the compiled corpus, in a headline, paragraph or quote.</param>
/// <param name="MemberNames">When set, the article properties the corpus class must have, besides the companion's.</param>
/// <param name="Documentation">When set, the summary the hostile article's property must have, written as XML.</param>
internal sealed record HostileCase(
    string Name,
    IReadOnlyList<(string Path, byte[] Bytes)> Files,
    IReadOnlyList<string> Diagnostics,
    IReadOnlyList<string> Survivors,
    IReadOnlyList<string>? MemberNames = null,
    string? Documentation = null)
{
    public override string ToString() => Name;
}

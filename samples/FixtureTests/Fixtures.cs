using CorpusGen;

namespace FixtureTests;

/// <summary>The fixture articles under Fixtures/, compiled into typed properties by CorpusGen.</summary>
[Corpus("Fixtures")]
public static partial class Fixtures;

using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>An article's file as the build embedded it, checked against the generator's own reading of the file.</summary>
/// <param name="Slot">The file's number in the embedded text.</param>
/// <param name="Length">The file's length in bytes: where the article's compiled text starts counting.</param>
/// <param name="PieceStarts">Where each of the article's pieces of text starts in the file, or -1.</param>
internal sealed record EmbeddedFile(int Slot, int Length, EquatableArray<int> PieceStarts);

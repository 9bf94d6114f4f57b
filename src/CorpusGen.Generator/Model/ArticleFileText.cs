using CorpusGen.Generator.Common;

namespace CorpusGen.Generator.Model;

/// <summary>
/// An article's file in the form the build embeds it (<see cref="ArticleTextForm"/>), as far as the layout needs it:
/// its fingerprint, to check it against the embedded text's index, and where each of its pieces of text
/// (<see cref="Emitting.ArticlePieces"/>) starts in it.
/// </summary>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="Hash">The file's <see cref="ArticleTextForm.Fingerprint(string)"/> hash.</param>
/// <param name="PieceStarts">For each piece, the byte offset where the file holds exactly that text, or -1.</param>
internal sealed record ArticleFileText(int Length, ulong Hash, EquatableArray<int> PieceStarts);

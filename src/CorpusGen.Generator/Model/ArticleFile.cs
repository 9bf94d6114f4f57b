using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>One article file after the parse step: its normalized path, its model (null when unreadable) and its diagnostics.</summary>
internal sealed record ArticleFile(string Path, ParsedArticle? Article, EquatableArray<DiagnosticInfo> Diagnostics);

using CorpusGen.Generator.Common;
using CorpusGen.Generator.Diagnostics;

namespace CorpusGen.Generator.Model;

/// <summary>
/// One article file after the parse step: its normalized path, its model (null when unreadable), where the model's
/// text lies in the file (null when unreadable) and its diagnostics.
/// </summary>
internal sealed record ArticleFile(string Path, StoredArticle? Article, EquatableArray<DiagnosticInfo> Diagnostics, ArticleFileText? FileText = null);

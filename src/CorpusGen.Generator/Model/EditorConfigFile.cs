namespace CorpusGen.Generator.Model;

/// <summary>An .editorconfig file above some articles, as CorpusGen.targets passes it: its path and text.</summary>
internal sealed record EditorConfigFile(string Path, string Text);

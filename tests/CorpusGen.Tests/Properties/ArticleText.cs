namespace CorpusGen.Tests.Properties;

/// <summary>An article's text as the pieces it was generated from; shown escaped when a property fails on it.</summary>
internal sealed record ArticleText(string[] Pieces)
{
    public string Value => string.Concat(Pieces);

    public override string ToString() => "\"" + ArticleTexts.Escape(Value) + "\"";
}

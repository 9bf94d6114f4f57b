using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// An additional file held in memory, as the IDE hands one to a generator; <c>onRead</c> runs each time
/// the generator reads it (a keystroke that cancels the run, say).
/// </summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;
    private readonly System.Action? _onRead;

    public InMemoryAdditionalText(string path, string? text, System.Action? onRead = null)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text, System.Text.Encoding.UTF8);
        _onRead = onRead;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        _onRead?.Invoke();
        return _text;
    }
}

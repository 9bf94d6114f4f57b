using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>An in-memory additional file that cancels a run while it is being read, as a keystroke does in an IDE.</summary>
internal sealed class CancellingAdditionalText : AdditionalText
{
    private readonly SourceText _text;
    private readonly CancellationTokenSource _cancellation;

    public CancellingAdditionalText(string path, string text, CancellationTokenSource cancellation)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
        _cancellation = cancellation;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        _cancellation.Cancel();
        return _text;
    }
}

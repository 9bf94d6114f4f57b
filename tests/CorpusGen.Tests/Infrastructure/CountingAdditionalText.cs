using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>An in-memory additional file that counts how often its text is read: the generator reads a file once per parse.</summary>
internal sealed class CountingAdditionalText : AdditionalText
{
    private readonly SourceText _text;
    private readonly ReadCounter _counter;

    public CountingAdditionalText(string path, string text, ReadCounter counter)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
        _counter = counter;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _counter.Reads);
        return _text;
    }
}

/// <summary>Shared by the files of one test.</summary>
internal sealed class ReadCounter
{
    public int Reads;
}

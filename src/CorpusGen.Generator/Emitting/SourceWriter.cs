using System;
using System.Text;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Writes indented C# with '\n' line endings, so output is byte-identical on every machine;
/// formatting afterwards (NormalizeWhitespace) is slow on large corpora.
/// </summary>
internal sealed class SourceWriter
{
    private const int SpacesPerLevel = 4;

    private readonly StringBuilder _builder;
    private int _indentation;

    public SourceWriter(int capacity = 1024)
    {
        _builder = new StringBuilder(capacity);
    }

    public int Indentation => _indentation;

    /// <summary>The spaces <see cref="WriteLine(string)"/> puts before a line at the current indentation.</summary>
    public int IndentWidth => _indentation * SpacesPerLevel;

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indentation * SpacesPerLevel);
            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes one line holding <paramref name="value"/> as a string literal followed by <paramref name="suffix"/>.</summary>
    public void WriteLiteralLine(string value, string suffix)
    {
        _builder.Append(' ', _indentation * SpacesPerLevel);
        CSharpLiteral.AppendTo(_builder, value);
        _builder.Append(suffix).Append('\n');
    }

    /// <summary>Writes one line holding the concatenation of <paramref name="pieces"/> as one string literal, followed by <paramref name="suffix"/>.</summary>
    public void WriteLiteralLine(System.Collections.Generic.IEnumerable<string> pieces, string suffix)
    {
        _builder.Append(' ', _indentation * SpacesPerLevel).Append('"');
        foreach (var piece in pieces)
        {
            CSharpLiteral.AppendEscaped(_builder, piece);
        }

        _builder.Append('"').Append(suffix).Append('\n');
    }

    public void OpenBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        _indentation++;
    }

    public void OpenBlock()
    {
        WriteLine("{");
        _indentation++;
    }

    public void CloseBlock(string suffix = "")
    {
        if (_indentation == 0)
        {
            throw new InvalidOperationException("No block is open.");
        }

        _indentation--;
        WriteLine("}" + suffix);
    }

    public void Indent() => _indentation++;

    public void Unindent()
    {
        if (_indentation == 0)
        {
            throw new InvalidOperationException("Indentation is already zero.");
        }

        _indentation--;
    }

    public override string ToString() => _builder.ToString();
}

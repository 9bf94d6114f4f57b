using System.Globalization;
using System.Text;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Writes text as a regular C# string literal. Anything that could end the literal, break the line
/// or change how the source reads (control, format and line-separator characters, lone surrogates)
/// is escaped, so corpus text can never become code.
/// </summary>
internal static class CSharpLiteral
{
    public static string Of(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        AppendTo(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a literal, quotes included, with no intermediate string.</summary>
    public static void AppendTo(StringBuilder builder, string value)
    {
        builder.Append('"');
        AppendEscaped(builder, value);
        builder.Append('"');
    }

    /// <summary>Appends <paramref name="value"/> escaped for the inside of a literal: pieces appended one after another make one literal.</summary>
    public static void AppendEscaped(StringBuilder builder, string value)
    {
        var safeStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c < '\u007F' && c != '"' && c != '\\')
            {
                // Printable ASCII is copied in runs.
                continue;
            }

            builder.Append(value, safeStart, i - safeStart);
            safeStart = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                        safeStart = i + 1;
                    }
                    else if (InvisibleCharacters.IsUnsafe(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append(value, safeStart, value.Length - safeStart);
    }
}

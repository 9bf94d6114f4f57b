using System.Text;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Makes text safe inside a one-line <c>///</c> documentation comment: XML is escaped, and every
/// character that could end the comment's line or hide text is replaced.
/// </summary>
internal static class XmlDocText
{
    public static string Of(string value, int maxLength = 300)
    {
        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (builder.Length >= maxLength)
            {
                builder.Append('\u2026');
                break;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                lastWasSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c) || InvisibleCharacters.IsUnsafe(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString().TrimEnd();
    }
}

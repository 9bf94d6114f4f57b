using System.Globalization;

namespace CorpusGen.Generator.Emitting;

/// <summary>
/// Characters that must never reach generated source as themselves: they break lines, hide or
/// reorder text, or cannot be encoded alone.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>True for control, format, separator, private-use and unassigned characters and lone surrogates.</summary>
    public static bool IsUnsafe(char c)
    {
        if (char.IsSurrogate(c))
        {
            // Callers take a valid surrogate pair whole before asking.
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}

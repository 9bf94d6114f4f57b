using System.Globalization;

namespace CorpusGen.Generator.Common;

/// <summary>Which characters may start or continue a C# identifier, as CorpusGen writes them (no escapes, no format characters).</summary>
internal static class IdentifierCharacters
{
    public static bool IsStart(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return false;
        }
    }

    // Format characters are legal in C# identifiers but invisible; they are left out on purpose.
    public static bool IsPart(char c)
    {
        if (c == '_' || IsStart(c))
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
            default:
                return false;
        }
    }
}

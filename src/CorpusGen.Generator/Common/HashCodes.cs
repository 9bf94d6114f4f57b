namespace CorpusGen.Generator.Common;

/// <summary>Combines hash codes; netstandard2.0 has no <c>System.HashCode</c>.</summary>
internal static class HashCodes
{
    public static int Combine(int first, int second)
    {
        unchecked
        {
            return (first * -1521134295) + second;
        }
    }
}

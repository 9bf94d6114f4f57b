namespace CorpusGen;

/// <summary>
/// Reads numbers the generator packed into a string literal as binary data: five characters of six bits each, low
/// bits first, '0' standing for zero. Read in place; nothing is parsed.
/// </summary>
internal static class PackedNumbers
{
    private const int Width = 5;

    /// <summary>The number at <paramref name="index"/> (counted in numbers) of <paramref name="data"/>.</summary>
    public static int Read(string data, int index)
    {
        var at = index * Width;
        return (data[at] - '0') | ((data[at + 1] - '0') << 6) | ((data[at + 2] - '0') << 12) | ((data[at + 3] - '0') << 18) | ((data[at + 4] - '0') << 24);
    }
}

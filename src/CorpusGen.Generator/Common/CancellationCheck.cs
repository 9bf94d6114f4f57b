namespace CorpusGen.Generator.Common;

/// <summary>How often loops over single characters look at the cancellation token: once per 4,096 characters.</summary>
internal static class CancellationCheck
{
    /// <summary>A mask: check when <c>(index &amp; Interval) == 0</c>.</summary>
    public const int Interval = 4095;
}

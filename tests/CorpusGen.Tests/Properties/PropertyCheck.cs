using System;
using System.Globalization;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// Runs a property over many generated cases. Each run starts from a new seed unless
/// <c>CORPUSGEN_PROPERTY_SEED</c> is set; a failure names the run's seed, which replays the run
/// (<c>CORPUSGEN_PROPERTY_SEED=… dotnet test --filter …</c>), and the failing case's index and text.
/// </summary>
internal static class PropertyCheck
{
    public const string SeedVariable = "CORPUSGEN_PROPERTY_SEED";

    public static void ForAll<T>(int cases, Func<Random, T> generate, Action<T> property, Func<T, string> describe)
    {
        var runSeed = RunSeed();
        for (var index = 0; index < cases; index++)
        {
            var caseSeed = CaseSeed(runSeed, index);
            var value = generate(new Random(caseSeed));
            try
            {
                property(value);
            }
            catch (Exception exception)
            {
                throw new PropertyFailedException(
                    $"Property failed on case {index} of {cases}: run seed {runSeed} "
                    + $"(replay with {SeedVariable}={runSeed}).\nCase: {describe(value)}\n{exception.GetType().Name}: {exception.Message}",
                    exception);
            }
        }
    }

    private static int RunSeed()
    {
        var configured = Environment.GetEnvironmentVariable(SeedVariable);
        return configured is null ? Environment.TickCount & int.MaxValue : int.Parse(configured, CultureInfo.InvariantCulture);
    }

    private static int CaseSeed(int runSeed, int index) => unchecked((runSeed * 1_000_003) ^ (index * 7_919)) & int.MaxValue;
}

/// <summary>A property did not hold; the message says how to replay the case.</summary>
internal sealed class PropertyFailedException : Exception
{
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CorpusGen.Tests.Properties;

/// <summary>
/// Runs an FsCheck property for a number of cases, shrinking a failing case to a smaller one. Each run starts from a
/// new seed unless <c>CORPUSGEN_PROPERTY_SEED</c> holds one; the run's seed is printed with the test's output and in
/// a failure, and replays the run (<c>CORPUSGEN_PROPERTY_SEED=seed,gamma dotnet test --filter …</c>).
/// </summary>
internal static class PropertyRun
{
    public const string SeedVariable = "CORPUSGEN_PROPERTY_SEED";

    public static void Check(Property property, int cases, ITestOutputHelper output)
    {
        var (seed, gamma) = RunSeed();
        var replay = SeedVariable + "=" + seed.ToString(CultureInfo.InvariantCulture) + "," + gamma.ToString(CultureInfo.InvariantCulture);
        output.WriteLine($"{cases} cases; replay this run with {replay}");
        try
        {
            property.Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithReplay(seed, gamma));
        }
        catch (Exception exception)
        {
            throw new PropertyFailedException($"Replay with {replay}.\n{exception.Message}", exception);
        }
    }

    private static (ulong Seed, ulong Gamma) RunSeed()
    {
        var configured = Environment.GetEnvironmentVariable(SeedVariable);
        if (configured is not null)
        {
            var parts = configured.Split(',');
            if (parts.Length != 2)
            {
                throw new InvalidOperationException($"{SeedVariable} holds a run's seed and gamma as a failure prints them: \"seed,gamma\", not \"{configured}\".");
            }

            return (ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        // An odd gamma, as FsCheck's generator needs.
        var random = new Random();
        return ((ulong)random.NextInt64(), ((ulong)random.NextInt64() << 1) | 1);
    }
}

/// <summary>A property did not hold; the message says how to replay the run and shows the shrunk case.</summary>
internal sealed class PropertyFailedException : Exception
{
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

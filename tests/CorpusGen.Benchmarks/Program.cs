using System.Globalization;
using BenchmarkDotNet.Running;
using CorpusGen.Benchmarks;

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --held-memory 10
if (args.Length == 2 && args[0] == "--held-memory")
{
    HeldMemory.Measure(int.Parse(args[1], CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

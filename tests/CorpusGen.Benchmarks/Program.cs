using System.Globalization;
using BenchmarkDotNet.Running;
using CorpusGen.Benchmarks;

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --held-memory 10 [embedded]
if (args.Length is 2 or 3 && args[0] == "--held-memory")
{
    HeldMemory.Measure(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length == 3 && args[2] == "embedded");
    return;
}

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --first-scan 10 views|strings
if (args.Length == 3 && args[0] == "--first-scan")
{
    FirstScanAllocation.Measure(int.Parse(args[1], CultureInfo.InvariantCulture), args[2] == "views");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

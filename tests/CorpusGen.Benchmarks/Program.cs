using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

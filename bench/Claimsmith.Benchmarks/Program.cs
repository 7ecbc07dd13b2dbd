using BenchmarkDotNet.Running;

// Run all benchmarks:   dotnet run -c Release --project bench/Claimsmith.Benchmarks -- --filter '*'
// Run one area:         dotnet run -c Release --project bench/Claimsmith.Benchmarks -- --filter '*CodeSet*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

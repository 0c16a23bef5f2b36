using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ModelRunner.Status.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ModelRunner.Status.Benchmarks -- --filter '*'
// (add --job Dry to run each benchmark once, as .ci/run does so that none can rot).
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();

// A failed benchmark, or a filter that ran none, fails the process, so CI notices.
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
var ranNone = args.Contains("--filter") && summaries.Sum(s => s.Reports.Length) == 0;
return failed || ranNone ? 1 : 0;

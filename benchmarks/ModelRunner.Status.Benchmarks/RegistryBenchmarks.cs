using BenchmarkDotNet.Attributes;

namespace ModelRunner.Status.Benchmarks;

/// <summary>Reporting into the registry from one thread and from two, and taking snapshots.</summary>
[MemoryDiagnoser]
public class RegistryBenchmarks
{
    private const int ReportsPerThread = 1000;
    private readonly BackendStatus[] _statuses = [.. Inputs.Canonical.Select(s => BackendStatus.Parse(s))];
    private readonly string[] _backends = ["llama.cpp", "vllm", "diffusers", "mlx", "sglang"];
    private BackendStatusRegistry _registry = new();

    [GlobalSetup]
    public void Setup()
    {
        _registry = new BackendStatusRegistry();
        foreach (var backend in _backends)
        {
            _registry.Report(backend, _statuses[0]);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _registry.Dispose();

    /// <summary>The same status again: the no-op every poll of a steady backend is.</summary>
    [Benchmark(Baseline = true)]
    public bool ReportUnchanged() => _registry.Report("vllm", _statuses[0]);

    /// <summary>A change every time: a new record, the counters and the event.</summary>
    [Benchmark(OperationsPerInvoke = ReportsPerThread)]
    public int ReportChangesOneThread() => ReportMany(0);

    [Benchmark(OperationsPerInvoke = 2 * ReportsPerThread)]
    public int ReportChangesTwoThreads()
    {
        var other = Task.Run(() => ReportMany(1));
        return ReportMany(0) + other.GetAwaiter().GetResult();
    }

    [Benchmark]
    public int Snapshot() => _registry.Snapshot().Count;

    private int ReportMany(int thread)
    {
        var changes = 0;
        for (var i = 0; i < ReportsPerThread; i++)
        {
            changes += _registry.Report(_backends[(i + thread) % _backends.Length], _statuses[(i + thread) % _statuses.Length]) ? 1 : 0;
        }

        return changes;
    }
}

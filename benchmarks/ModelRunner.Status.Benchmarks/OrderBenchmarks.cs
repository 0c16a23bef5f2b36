using BenchmarkDotNet.Attributes;

namespace ModelRunner.Status.Benchmarks;

/// <summary>Sorting entries with the comparer (Go's CLI: 1.9 µs and 13 allocations for the 5 rows of its table).</summary>
[MemoryDiagnoser]
public class SortBenchmarks
{
    private BackendStatusEntry[] _source = [];
    private BackendStatusEntry[] _work = [];

    [Params(5, 100, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = Inputs.Entries(Count);
        new Random(7).Shuffle(_source);
        _work = new BackendStatusEntry[Count];
    }

    /// <summary>
    /// What a quick port writes: LINQ, type then ordinal name (which is not even
    /// the Go order). ToArray makes it sort: First alone would only scan for the least.
    /// </summary>
    [Benchmark(Baseline = true)]
    public BackendStatusEntry LinqOrderByThenByOrdinal() =>
        _source.OrderBy(e => e.Status.Type).ThenBy(e => e.Name, StringComparer.Ordinal).ToArray()[0];

    [Benchmark]
    public BackendStatusEntry ArraySortWithComparer()
    {
        _source.CopyTo(_work, 0);
        Array.Sort(_work, BackendStatusComparer.Instance);
        return _work[0];
    }

    [Benchmark]
    public BackendStatusEntry SpanSortWithComparer()
    {
        _source.CopyTo(_work, 0);
        _work.AsSpan().Sort(static (a, b) => BackendStatusComparer.Instance.Compare(a, b));
        return _work[0];
    }
}

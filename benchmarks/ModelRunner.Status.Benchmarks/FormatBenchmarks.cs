using BenchmarkDotNet.Attributes;
using ModelRunner.Status.Benchmarks.Baselines;

namespace ModelRunner.Status.Benchmarks;

/// <summary>The wire form: Go's concatenation (60 ns, 1 allocation, in Go), ToString, and TryFormat into chars and UTF-8.</summary>
[MemoryDiagnoser]
public class FormatBenchmarks
{
    private readonly BackendStatus _status = BackendStatus.Running("llama.cpp c55bce4");
    private readonly char[] _chars = new char[128];
    private readonly byte[] _bytes = new byte[128];

    [Benchmark(Baseline = true)]
    public string GoConcatenation() => GoTranscription.Format(_status.Type, _status.Details);

    [Benchmark]
    public string BackendStatusToString() => _status.ToString();

    [Benchmark]
    public int TryFormatChars() => _status.TryFormat(_chars, out var written) ? written : -1;

    [Benchmark]
    public int TryFormatUtf8() => _status.TryFormat(_bytes, out var written) ? written : -1;
}

/// <summary>Normalize: canonical text comes back as itself; legacy text is rebuilt once.</summary>
[MemoryDiagnoser]
public class NormalizeBenchmarks
{
    private readonly string[] _canonical = Inputs.Canonical;
    private readonly string[] _legacy = Inputs.Legacy;

    [Benchmark(Baseline = true, OperationsPerInvoke = 6)]
    public int NormalizeCanonical()
    {
        var sum = 0;
        foreach (var input in _canonical)
        {
            sum += BackendStatus.Normalize(input).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 6)]
    public int NormalizeLegacy()
    {
        var sum = 0;
        foreach (var input in _legacy)
        {
            sum += BackendStatus.Normalize(input).Length;
        }

        return sum;
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;

namespace ModelRunner.Status.Benchmarks;

/// <summary>The /engines/status body read and the table rendered, for a realistic report and a large one.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private byte[] _json = [];
    private BackendStatusReport _report = BackendStatusReport.Empty;

    [Params(5, 1000)]
    public int Backends { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _report = BackendStatusReport.Create(Inputs.Entries(Backends));
        _json = Encoding.UTF8.GetBytes(_report.ToJson());
    }

    [Benchmark]
    public int ParseJson() => BackendStatusReport.ParseJson(_json).Count;

    [Benchmark]
    public int ParseJsonLenient() => BackendStatusReport.ParseJson(_json, StatusParseStyles.Lenient).Count;

    [Benchmark]
    public int ToJson() => _report.ToJson().Length;

    [Benchmark]
    public int ToTable() => _report.ToTable().Length;
}

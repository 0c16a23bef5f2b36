using BenchmarkDotNet.Attributes;
using ModelRunner.Status.Benchmarks.Baselines;

namespace ModelRunner.Status.Benchmarks;

/// <summary>
/// Strict parsing over chars: the library against the Go algorithm (plain and
/// tuned) and a naive port, on the mixed input set (the 600 Go vectors) and on
/// a typical poll.
/// </summary>
[MemoryDiagnoser]
public class StrictCharParseBenchmarks
{
    private string[] _inputs = [];

    [Params("GoVectors", "TypicalPoll")]
    public string Set { get; set; } = "GoVectors";

    [GlobalSetup]
    public void Setup() => _inputs = Set == "GoVectors" ? Inputs.GoVectors : Inputs.Mixed;

    /// <summary>The plain transcription of the Go code: <c>name + ": "</c> built for each test, details cut with Substring.</summary>
    [Benchmark(Baseline = true)]
    public int GoPlainTranscription()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += (int)GoTranscription.ParsePlain(input, out var details) + details.Length;
        }

        return sum;
    }

    /// <summary>The same algorithm tuned: prefixes built once, details sliced, nothing allocated.</summary>
    [Benchmark]
    public int GoTranscriptionChars()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += (int)GoTranscription.Parse(input, out var details) + details.Length;
        }

        return sum;
    }

    /// <summary>The loop alone, reading each input's length: the floor every method here stands on.</summary>
    [Benchmark]
    public int LoopOnly()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += input.Length;
        }

        return sum;
    }

    [Benchmark]
    public int NaiveSplitAndDictionary()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            var (type, details) = NaivePort.Parse(input);
            sum += (int)type + details.Length;
        }

        return sum;
    }

    [Benchmark]
    public int StatusParserChars()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += (int)StatusParser.Parse(input, out var details) + details.Length;
        }

        return sum;
    }

    [Benchmark]
    public int BackendStatusParseString()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += BackendStatus.Parse(input).Details.Length;
        }

        return sum;
    }
}

/// <summary>Strict parsing of the same sets as UTF-8 bytes.</summary>
[MemoryDiagnoser]
public class StrictUtf8ParseBenchmarks
{
    private byte[][] _inputs = [];

    [Params("GoVectors", "TypicalPoll")]
    public string Set { get; set; } = "GoVectors";

    [GlobalSetup]
    public void Setup() => _inputs = Set == "GoVectors" ? Inputs.GoVectorsUtf8 : Inputs.MixedUtf8;

    [Benchmark(Baseline = true)]
    public int GoTranscriptionUtf8()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += (int)GoTranscription.Parse(input, out var details) + details.Length;
        }

        return sum;
    }

    [Benchmark]
    public int StatusParserUtf8()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += (int)StatusParser.Parse(input, out var details) + details.Length;
        }

        return sum;
    }

    [Benchmark]
    public int BackendStatusParseUtf8()
    {
        var sum = 0;
        foreach (var input in _inputs)
        {
            sum += BackendStatus.Parse((ReadOnlySpan<byte>)input).Details.Length;
        }

        return sum;
    }
}

/// <summary>One status at a time, of the kinds the Go figures were measured on (37 ns Running, 120–125 ns Installing or unrecognized).</summary>
[MemoryDiagnoser]
public class SingleStatusParseBenchmarks
{
    private string _input = "";

    [Params("Running", "Installing", "Unrecognized")]
    public string Kind { get; set; } = "Running";

    [GlobalSetup]
    public void Setup() => _input = Inputs.Single(Kind);

    [Benchmark(Baseline = true)]
    public StatusType GoTranscriptionChars() => GoTranscription.Parse(_input, out _);

    [Benchmark]
    public StatusType StatusParserChars() => StatusParser.Parse(_input, out _);
}

/// <summary>Lenient parsing: canonical text (which strict reads first), legacy strings, and text no rule reads.</summary>
[MemoryDiagnoser]
public class LenientParseBenchmarks
{
    private readonly string[] _canonical = Inputs.Canonical;
    private readonly string[] _legacy = Inputs.Legacy;
    private readonly string[] _unrecognized = Inputs.Unrecognized;

    [Benchmark(Baseline = true, OperationsPerInvoke = 6)]
    public int StrictCanonical() => Parse(_canonical, StatusParseStyles.Strict);

    [Benchmark(OperationsPerInvoke = 6)]
    public int LenientCanonical() => Parse(_canonical, StatusParseStyles.Lenient);

    [Benchmark(OperationsPerInvoke = 6)]
    public int LenientLegacy() => Parse(_legacy, StatusParseStyles.Lenient);

    [Benchmark(OperationsPerInvoke = 4)]
    public int LenientUnrecognized() => Parse(_unrecognized, StatusParseStyles.Lenient);

    [Benchmark(OperationsPerInvoke = 6)]
    public int LenientLegacyTypeOnly()
    {
        var sum = 0;
        foreach (var input in _legacy)
        {
            sum += (int)StatusParser.ParseType(input, StatusParseStyles.Lenient);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 6)]
    public int LenientLegacyStrings()
    {
        var sum = 0;
        foreach (var input in _legacy)
        {
            sum += BackendStatus.Parse(input, StatusParseStyles.Lenient).Details.Length;
        }

        return sum;
    }

    private static int Parse(string[] inputs, StatusParseStyles styles)
    {
        var sum = 0;
        foreach (var input in inputs)
        {
            sum += (int)StatusParser.Parse(input, out var details, styles) + details.Length;
        }

        return sum;
    }
}

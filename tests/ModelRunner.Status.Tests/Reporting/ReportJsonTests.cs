using System.Text;
using System.Text.Json;

namespace ModelRunner.Status.Tests.Reporting;

public class ReportJsonTests
{
    [Fact]
    public void Reads_the_go_shape_with_null_as_not_installed_and_the_last_of_two_names()
    {
        var report = BackendStatusReport.ParseJson("""{"vllm":"Running: vllm 0.12.0","mlx":null,"vllm":"Error: boom","":"Installing"}"""u8);
        Assert.Equal(
            [new("vllm", BackendStatus.Error("boom")), new("mlx", BackendStatus.NotInstalled()), new("", BackendStatus.Installing())],
            report.Entries);
        Assert.True(report.TryGetStatus("vllm", out var vllm));
        Assert.Equal(BackendStatus.Error("boom"), vllm);
        Assert.False(report.TryGetStatus("VLLM", out _));
        Assert.Equal(3, report.Count);
    }

    [Fact]
    public void Statuses_are_parsed_under_the_given_styles()
    {
        var json = """{"vllm":"running vllm version: 0.8.1","x":"  ERROR: boom "}"""u8;
        var strict = BackendStatusReport.ParseJson(json);
        Assert.All(strict.Entries, e => Assert.Equal(StatusType.Error, e.Status.Type));
        var lenient = BackendStatusReport.ParseJson(json, StatusParseStyles.Lenient);
        Assert.True(lenient.TryGetStatus("vllm", out var vllm));
        Assert.Equal("Running: vllm 0.8.1", vllm.ToString());
        Assert.True(lenient.TryGetStatus("x", out var x));
        Assert.Equal("Error: boom", x.ToString());
    }

    [Fact]
    public void Escapes_invalid_utf8_and_lone_surrogates_are_read_as_go_reads_them()
    {
        byte[] json = [.. """{"a\u00e9\n":"Running: \ud83d\ude00 \ud800 \/ \"q\" """u8, 0xFF, .. "\",\"b\":\"Error: \\u003c\"}"u8];
        var report = BackendStatusReport.ParseJson(json);
        Assert.True(report.TryGetStatus("a\u00e9\n", out var a));
        Assert.Equal("\U0001F600 \uFFFD / \"q\" \uFFFD", a.Details);
        Assert.True(report.TryGetStatus("b", out var b));
        Assert.Equal("<", b.Details);
    }

    [Fact]
    public void A_byte_order_mark_and_surrounding_white_space_are_skipped() =>
        Assert.Equal(1, BackendStatusReport.ParseJson([0xEF, 0xBB, 0xBF, .. " \n{\"a\":\"Running\"}\r\n "u8]).Count);

    [Fact]
    public void Writes_the_go_shape_keys_in_code_point_order_with_go_escaping()
    {
        var report = BackendStatusReport.Create(
        [
            new("vllm", BackendStatus.NotInstalled()),
            new("\U0001F600", BackendStatus.Running()),
            new("\uFFFD", BackendStatus.Running()),
            new("llama.cpp", BackendStatus.Running("llama.cpp c55bce4")),
            new("x", BackendStatus.Error("<a&b> \"q\" \\ \n\t\b\f\u0001 \u2028\u2029 é \u007f \uD800")),
        ]);
        Assert.Equal(
            """{"llama.cpp":"Running: llama.cpp c55bce4","vllm":"Not Installed","x":"Error: \u003ca\u0026b\u003e \"q\" \\ \n\t\b\f\u0001 \u2028\u2029 é """ + "\u007f" + """ \ufffd","�":"Running","😀":"Running"}""",
            report.ToJson());
    }

    [Fact]
    public void An_empty_report_is_an_empty_object()
    {
        Assert.Equal("{}", BackendStatusReport.Empty.ToJson());
        Assert.Same(BackendStatusReport.Empty, BackendStatusReport.ParseJson("{}"u8));
    }

    [Theory]
    [MemberData(nameof(GoOrderVectors))]
    public void Go_vectors_round_trip_through_json(int line)
    {
        var report = BackendStatusReport.ParseJson(ConformanceVectors.GoOrder.Single(v => v.Line == line).Json);
        Assert.Equal(report.Entries, BackendStatusReport.ParseJson(report.ToJson()).Entries);
    }

    public static TheoryData<int> GoOrderVectors => ConformanceVectors.Lines(ConformanceVectors.GoOrder.Count);

    [StatusProperty]
    public bool Any_report_round_trips_through_json(StatusText[] names, StatusType[] types, StatusText[] details)
    {
        var count = Math.Min(names.Length, Math.Min(types.Length, details.Length));
        var report = BackendStatusReport.Create(Enumerable.Range(0, count).Select(i => new BackendStatusEntry(names[i].Value, new BackendStatus(types[i], details[i].Value))));
        var back = BackendStatusReport.ParseJson(Encoding.UTF8.GetBytes(report.ToJson()));
        return report.Entries.SequenceEqual(back.Entries);
    }

    [StatusProperty]
    public bool Parse_json_of_any_bytes_returns_a_report_or_throws_a_json_exception(StatusBytes bytes, StatusParseStyles styles)
    {
        try
        {
            return BackendStatusReport.ParseJson(bytes.Value, styles) is not null;
        }
        catch (JsonException error)
        {
            return error.Message.StartsWith("The body is", StringComparison.Ordinal);
        }
    }

    [StatusProperty]
    public bool Parse_json_of_near_json_returns_a_report_or_throws_a_json_exception(StatusText key, StatusText value, int cut)
    {
        var json = Encoding.UTF8.GetBytes($"{{\"{key.Value}\":\"{value.Value}\"}}");
        var truncated = json.AsSpan(0, Math.Abs(cut % (json.Length + 1)));
        try
        {
            _ = BackendStatusReport.ParseJson(truncated);
            return true;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    [Fact]
    public void Create_rejects_null_names_and_keeps_empty_ones()
    {
        Assert.Throws<ArgumentException>(() => BackendStatusReport.Create([new(null!, BackendStatus.Running())]));
        Assert.Throws<ArgumentNullException>(() => BackendStatusReport.Create(null!));
        Assert.Throws<ArgumentNullException>(() => BackendStatusReport.FromStatusStrings(null!));
        Assert.Equal(1, BackendStatusReport.Create([new("", BackendStatus.Running())]).Count);
    }

    [Fact]
    public void Later_entries_win_in_create_too()
    {
        var report = BackendStatusReport.Create([new("a", BackendStatus.Running()), new("b", BackendStatus.Error()), new("a", BackendStatus.Installing())]);
        Assert.Equal([new("b", BackendStatus.Error()), new("a", BackendStatus.Installing())], report.Entries);
    }

    [Fact]
    public async Task Reads_a_stream_to_its_end()
    {
        var body = Encoding.UTF8.GetBytes("{" + string.Join(",", Enumerable.Range(0, 2000).Select(i => $"\"b{i}\":\"Running: v{i}\"")) + "}");
        using var stream = new MemoryStream(body);
        var report = await BackendStatusReport.ReadJsonAsync(stream);
        Assert.Equal(2000, report.Count);
        Assert.True(stream.CanRead, "the stream is the caller's to dispose");
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_is_refused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', 5000) + "\"}"));
        var error = await Assert.ThrowsAsync<JsonException>(async () => await BackendStatusReport.ReadJsonAsync(stream, maxBytes: 1000));
        Assert.Contains("longer than 1000 bytes", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await BackendStatusReport.ReadJsonAsync(new MemoryStream(), maxBytes: 0));
    }

    [Fact]
    public void Parse_json_allocates_only_what_the_report_keeps()
    {
        var json = """{"llama.cpp":"Running: llama.cpp c55bce4","vllm":"Running: vllm 0.12.0","mlx":"Not Installed: only supported on Apple Silicon"}"""u8.ToArray();
        var strings = new[] { "llama.cpp", "llama.cpp c55bce4", "vllm", "vllm 0.12.0", "mlx", "only supported on Apple Silicon" }
            .Sum(s => Allocations.SizeOf(() => new string('x', s.Length)));
        var entries = Allocations.SizeOf(() => new BackendStatusEntry[3]);
        var report = Allocations.SizeOf(() => new OneReference(null)); // the report object: a header and one field
        Assert.Equal(strings + entries + report, Allocations.Measure(() => BackendStatusReport.ParseJson(json), iterations: 1));
    }

    private sealed record OneReference(object? Field);
}

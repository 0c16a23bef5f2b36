namespace ModelRunner.Status.Tests.Reporting;

/// <summary>The table of the contract's section 6, byte for byte.</summary>
public class StatusTableTests
{
    private static BackendStatusReport Report(params (string Name, string Status)[] statuses) =>
        BackendStatusReport.FromStatusStrings(statuses.Select(s => KeyValuePair.Create(s.Name, (string?)s.Status)));

    [Fact]
    public void The_spec_example_renders_as_docker_model_status_does()
    {
        var report = Report(
            ("llama.cpp", "Running: llama.cpp c55bce4"), ("vllm", "Running: vllm 0.12.0"),
            ("diffusers", "Not Installed: package not installed"), ("mlx", "Not Installed: only supported on Apple Silicon"),
            ("sglang", "Not Installed: package not installed"));
        Assert.Equal(
            "BACKEND    STATUS         DETAILS\n" +
            "llama.cpp  Running        llama.cpp c55bce4\n" +
            "vllm       Running        vllm 0.12.0\n" +
            "diffusers  Not Installed  package not installed\n" +
            "mlx        Not Installed  only supported on Apple Silicon\n" +
            "sglang     Not Installed  package not installed\n",
            report.ToTable());
    }

    [Fact]
    public void The_macos_example_renders_as_docker_model_status_does()
    {
        var macOS = ConformanceVectors.GoOrder[0];
        Assert.Equal(
            "BACKEND    STATUS         DETAILS\n" +
            "llama.cpp  Running        llama.cpp latest-metal (sha256:13574106bd745302e63cf7b1978483eb47f32c128c40b1271364c937d850fdcb) c55bce4\n" +
            "vllm       Running        vllm-metal v0.1.0-20260126-121650\n" +
            "diffusers  Not Installed  only supported on Linux\n" +
            "mlx        Not Installed  package not installed\n" +
            "sglang     Not Installed  only supported on Linux\n",
            BackendStatusReport.ParseJson(macOS.Json).ToTable());
    }

    [Fact]
    public void An_empty_report_renders_the_header_alone() =>
        Assert.Equal("BACKEND  STATUS  DETAILS\n", BackendStatusReport.Empty.ToTable());

    [Fact]
    public void Empty_details_leave_no_trailing_white_space()
    {
        Assert.Equal(
            "BACKEND  STATUS         DETAILS\n" +
            "vllm     Running\n" +
            "x        Not Installed\n" +
            "mlx      Installing     downloading\n",
            Report(("vllm", "Running"), ("x", ""), ("mlx", "Installing: downloading")).ToTable());
        Assert.Equal(
            "BACKEND  STATUS   DETAILS\n" +
            "a        Running  x\n",
            Report(("a", "Running: x  \u3000")).ToTable());
    }

    [Fact]
    public void Wide_and_combining_characters_count_their_display_width()
    {
        // 中文 is 4 columns, 😀 is 2, "e" + U+0301 is 1: the columns line up on screen, not in chars.
        Assert.Equal(
            "BACKEND  STATUS   DETAILS\n" +
            "e\u0301        Running  ok\n" +
            "中文     Running  模型 ready\n" +
            "😀x      Running  \U0001F600\n",
            Report(("中文", "Running: 模型 ready"), ("😀x", "Running: 😀"), ("e\u0301", "Running: ok")).ToTable());
    }

    [Fact]
    public void Control_and_bidirectional_characters_are_shown_as_escapes()
    {
        Assert.Equal(
            "BACKEND        STATUS  DETAILS\n" +
            "a\\x1b[2Jb      Error   line one\\nline two\\r\\tend\n" +
            "evil\\u202etxt  Error   \\x1b[31mred\\x1b[0m \\x7f \\x00 \\u0085 \\u2066x\\u2069 \\u061c \\u200e\\u200f\n",
            Report(
                ("evil\u202Etxt", "Error: \u001b[31mred\u001b[0m \u007f \u0000 \u0085 \u2066x\u2069 \u061C \u200E\u200F"),
                ("a\u001b[2Jb", "Error: line one\nline two\r\tend")).ToTable());
    }

    [Fact]
    public void A_lone_surrogate_is_shown_as_an_escape() =>
        Assert.Equal("BACKEND  STATUS   DETAILS\nx        Running  a\\ud800b\n", Report(("x", "Running: a\uD800b")).ToTable());

    [Fact]
    public void Every_line_ends_in_one_newline_and_has_no_trailing_white_space()
    {
        var table = BackendStatusReport.ParseJson(ConformanceVectors.GoOrder[3].Json).ToTable();
        Assert.EndsWith("\n", table, StringComparison.Ordinal);
        foreach (var line in table[..^1].Split('\n'))
        {
            Assert.False(line.Length > 0 && char.IsWhiteSpace(line[^1]), $"trailing white space in \"{line}\"");
            Assert.DoesNotContain(line, c => char.IsControl(c));
        }
    }

    [Theory]
    [MemberData(nameof(GoOrderVectors))]
    public void No_rendered_table_holds_a_control_character(int line)
    {
        var table = BackendStatusReport.ParseJson(ConformanceVectors.GoOrder.Single(v => v.Line == line).Json).ToTable();
        Assert.DoesNotContain(table, c => (char.IsControl(c) && c != '\n') || c is '\u202E' or '\u2066' or '\u200F');
    }

    public static TheoryData<int> GoOrderVectors => ConformanceVectors.Lines(ConformanceVectors.GoOrder.Count);

    [Fact]
    public void Max_width_cuts_details_with_an_ellipsis_at_a_width_boundary()
    {
        var report = Report(("llama.cpp", "Running: llama.cpp latest-metal (sha256:1357) c55bce4"), ("vllm", "Running: 模型模型模型"));
        var table = report.ToTable(new StatusTableOptions { MaxWidth = 36 });
        Assert.Equal(
            "BACKEND    STATUS   DETAILS\n" +
            "llama.cpp  Running  llama.cpp lates…\n" +
            "vllm       Running  模型模型模型\n",
            table);

        // 模 is two columns wide: 7 columns hold three of them and the ellipsis; DETAILS fits exactly.
        Assert.Equal(
            "BACKEND    STATUS   DETAILS\n" +
            "llama.cpp  Running  llama.…\n" +
            "vllm       Running  模型模…\n",
            report.ToTable(new StatusTableOptions { MaxWidth = 27 }));
    }

    [Fact]
    public void Max_width_never_cuts_inside_an_escape_or_between_a_letter_and_its_mark()
    {
        var report = Report(("a", "Error: ab\u001b[0m"), ("b", "Error: abe\u0301e\u0301x"));
        Assert.Equal(
            "BACKEND  STATUS  DET…\n" +
            "a        Error   ab…\n" +
            "b        Error   abe\u0301…\n",
            report.ToTable(new StatusTableOptions { MaxWidth = 21 }));
    }

    [Fact]
    public void Max_width_too_narrow_for_the_first_columns_leaves_an_ellipsis()
    {
        Assert.Equal(
            "BACKEND  STATUS   …\n" +
            "a        Running  …\n" +
            "b        Running\n",
            Report(("a", "Running: x"), ("b", "Running")).ToTable(new StatusTableOptions { MaxWidth = 3 }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Max_width_must_be_positive(int width) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatusTableOptions { MaxWidth = width });

    [Fact]
    public void The_table_for_five_backends_allocates_only_its_string()
    {
        var report = Report(
            ("llama.cpp", "Running: llama.cpp c55bce4"), ("vllm", "Running: vllm 0.12.0"),
            ("diffusers", "Not Installed: package not installed"), ("mlx", "Not Installed: only supported on Apple Silicon"),
            ("sglang", "Not Installed: package not installed"));
        var table = report.ToTable();
        var stringSize = Allocations.SizeOf(() => new string(' ', table.Length));
        Assert.Equal(stringSize, Allocations.Measure(() => report.ToTable(), iterations: 1));
    }
}

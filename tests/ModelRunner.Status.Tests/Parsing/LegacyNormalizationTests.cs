namespace ModelRunner.Status.Tests.Parsing;

/// <summary>
/// Each legacy text of the contract's table, filled in with values older
/// releases really reported, normalizes to what the current Go backends emit
/// for the same state (each expected text is one of the Go vectors' inputs).
/// </summary>
public class LegacyNormalizationTests
{
    public static TheoryData<string, string> Table => new()
    {
        { "not installed", "Not Installed" },
        { "not running", "Not Installed" },
        { "installing", "Installing" },
        { "import failed", "Error: import failed" },
        { "python3 not found in PATH", "Error: Python not found" },
        { "Python or mlx-lm not found", "Error: Python not found" },
        { "vLLM binary not found", "Not Installed: binary not found" },
        { "sglang package not installed", "Not Installed: package not installed" },
        { "diffusers package not installed", "Not Installed: package not installed" },
        { "running sglang version: unknown", "Running: version unknown" },
        { "running vllm version: 0.12.0", "Running: vllm 0.12.0" },
        { "running MLX version: 0.21.0", "Running: MLX 0.21.0" },
        { "running llama.cpp version: c55bce4", "Running: llama.cpp c55bce4" },
        {
            "running llama.cpp latest-metal (sha256:13574106bd745302e63cf7b1978483eb47f32c128c40b1271364c937d850fdcb) version: c55bce4",
            "Running: llama.cpp latest-metal (sha256:13574106bd745302e63cf7b1978483eb47f32c128c40b1271364c937d850fdcb) c55bce4"
        },
        { "running vllm-metal", "Running: version unknown" },
        { "running vllm-metal v0.1.0-20260126-121650", "Running: vllm-metal v0.1.0-20260126-121650" },
        { "running diffusers 0.31.0", "Running: diffusers 0.31.0" },
        { "downloading b4567 (cuda) variant of llama.cpp", "Installing: downloading llama.cpp b4567" },
        { "looking for updates for cuda variant", "Installing: checking for updates llama.cpp cuda" },
        { "failed to install llama.cpp: exit status 1", "Error: failed to install llama.cpp: exit status 1" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Legacy_text_normalizes_to_what_go_emits_today(string legacy, string current)
    {
        Assert.Equal(current, BackendStatus.Normalize(legacy));
        Assert.Contains(ConformanceVectors.GoParse, v => v.In == current);
        Assert.Equal(BackendStatus.Parse(current), BackendStatus.Parse(legacy, StatusParseStyles.Legacy));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Legacy_rules_fold_case_only_under_ignore_case(string legacy, string current)
    {
        var shouted = legacy.ToUpperInvariant();
        Assert.True(BackendStatus.TryParse(shouted, StatusParseStyles.Legacy | StatusParseStyles.IgnoreCase, out var folded));
        Assert.Equal(BackendStatus.Parse(current).Type, folded.Type);
        Assert.Equal(current.ToUpperInvariant(), folded.ToString().ToUpperInvariant());
        Assert.Equal(BackendStatus.Error(shouted), BackendStatus.Parse(shouted, StatusParseStyles.Legacy));
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Legacy_text_is_read_after_trimming_only_under_allow_white_space(string legacy, string current)
    {
        var padded = $" \t{legacy}\u00a0\n";
        Assert.Equal(BackendStatus.Parse(current).Type, BackendStatus.Parse(padded, StatusParseStyles.Lenient).Type);
        Assert.Equal(BackendStatus.Error(padded), BackendStatus.Parse(padded, StatusParseStyles.Legacy));
    }

    [Theory]
    [InlineData("running ")]                                // <text> must not be empty
    [InlineData("running")]
    [InlineData(" package not installed")]                  // <one word> must not be empty
    [InlineData("two words package not installed")]         // nor two words
    [InlineData("downloading (cuda) variant of llama.cpp")] // no <tag>
    [InlineData("downloading b1 cuda variant of llama.cpp")]
    [InlineData("looking for updates for  variant")]        // no <variant>
    [InlineData("failed to ")]
    [InlineData("Not Running")]
    [InlineData("python3 not found")]
    [InlineData("not installed yet")]
    public void Near_misses_stay_unrecognized_under_legacy(string text)
    {
        Assert.False(BackendStatus.TryParse(text, StatusParseStyles.Legacy, out var status));
        Assert.Equal(BackendStatus.Error(text), status);
    }

    [Theory]
    [InlineData("running a version: b version: c", "Running: a version: b c")]   // the last " version: " splits
    [InlineData("running x version: ", "Running: x version: ")]                 // <v> must not be empty
    [InlineData("running version: unknown", "Running: version: unknown")]       // <name> must not be empty
    [InlineData("running llama.cpp latest (b1) version: unknown", "Running: version unknown")]
    [InlineData("downloading b1 () variant of llama.cpp", "Installing: downloading llama.cpp b1")]
    [InlineData("looking for updates for metal cpu variant", "Installing: checking for updates llama.cpp metal cpu")]
    [InlineData("RUNNING MLX VERSION: 0.20.0", "Running: MLX 0.20.0")]
    [InlineData("Failed To start", "Error: Failed To start")]
    [InlineData("Running x: y", "Running: x: y")]                                // "running <text>", folded
    public void Placeholders_are_read_as_documented(string legacy, string canonical) =>
        Assert.Equal(canonical, BackendStatus.Parse(legacy, StatusParseStyles.Legacy | StatusParseStyles.IgnoreCase).ToString());

    [Theory]
    [InlineData("Running : x")]
    [InlineData("running\t: vllm")]
    [InlineData("Not  Installed : x")]
    public void Text_in_the_standard_shape_is_never_read_as_legacy(string text)
    {
        Assert.Equal(BackendStatus.Error(text), BackendStatus.Parse(text, StatusParseStyles.Legacy | StatusParseStyles.IgnoreCase));
        Assert.NotEqual(StatusType.Error, BackendStatus.Parse(text, StatusParseStyles.Lenient).Type);
    }
}

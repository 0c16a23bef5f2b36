using System.Text;

namespace ModelRunner.Status.Tests.Parsing;

public class LenientAllocationTests
{
    public static TheoryData<string> Inputs =>
    [
        "Running: vllm 0.12.0", "running: vllm 0.12.0", "  Not   Installed  :  only supported on Linux ",
        "running MLX version: 0.20.0", "downloading b1 (cuda) variant of llama.cpp", "looking for updates for cuda variant",
        "sglang package not installed", "python3 not found in PATH", "failed to start", "running vllm-metal v0.1.0",
        "RunningX", "\u00a0\u2003", "nothing at all",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Classification_allocates_nothing_under_any_style(string input)
    {
        var utf8 = Encoding.UTF8.GetBytes(input);
        Allocations.AssertNone(() =>
        {
            for (var styles = StatusParseStyles.Strict; styles <= StatusParseStyles.Lenient; styles++)
            {
                StatusParser.ParseType(input.AsSpan(), styles);
                StatusParser.ParseType(utf8, styles);
            }
        }, $"classifying {input}");
    }

    [Theory]
    [InlineData("running: vllm 0.12.0")]                      // slice
    [InlineData("  Not   Installed  :  only supported on Linux ")]
    [InlineData("sglang package not installed")]              // constant
    [InlineData("running sglang version: unknown")]
    [InlineData("running vllm-metal")]
    [InlineData("failed to start")]
    [InlineData("running vllm-metal v0.1.0")]
    public void Details_that_are_a_slice_or_a_constant_allocate_nothing(string input)
    {
        var utf8 = Encoding.UTF8.GetBytes(input);
        Allocations.AssertNone(() =>
        {
            StatusParser.Parse(input.AsSpan(), out _, StatusParseStyles.Lenient);
            StatusParser.Parse(utf8, out _, StatusParseStyles.Lenient);
        }, $"parsing {input}");
    }

    [Theory]
    [InlineData("running MLX version: 0.20.0", "MLX 0.20.0")]
    [InlineData("downloading b1 (cuda) variant of llama.cpp", "downloading llama.cpp b1")]
    public void Rebuilt_details_allocate_once(string input, string details)
    {
        var expected = Allocations.SizeOf(() => new char[details.Length]);
        Assert.Equal(expected, Allocations.Measure(() => StatusParser.Parse(input.AsSpan(), out _, StatusParseStyles.Lenient), iterations: 1));
        var utf8 = Encoding.UTF8.GetBytes(input);
        Assert.Equal(Allocations.SizeOf(() => new byte[details.Length]), Allocations.Measure(() => StatusParser.Parse(utf8, out _, StatusParseStyles.Lenient), iterations: 1));
    }

    [Fact]
    public void Constant_details_come_back_as_the_shared_constant()
    {
        Assert.Same(StatusDetail.PackageNotInstalled, BackendStatus.Parse("mlx-lm package not installed", StatusParseStyles.Legacy).Details);
        Assert.Same(StatusDetail.PythonNotFound, BackendStatus.Parse("PYTHON3 NOT FOUND IN PATH", StatusParseStyles.Lenient).Details);
    }
}

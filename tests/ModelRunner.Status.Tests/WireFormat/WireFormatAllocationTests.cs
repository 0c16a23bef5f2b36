namespace ModelRunner.Status.Tests.WireFormat;

/// <summary>The allocation-free paths of section 3 stay allocation-free.</summary>
public class WireFormatAllocationTests
{
    public static TheoryData<string> Inputs =>
    [
        "Running: llama.cpp c55bce4", "Not Installed: only supported on Linux", "Installing", "Error: import failed",
        "", "Running: ", "running vllm version: 0.8.1", "garbage text", "Not Installed : x",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Strict_char_span_parsing_allocates_nothing(string input)
    {
        Allocations.AssertNone(() =>
        {
            StatusParser.Parse(input.AsSpan(), out var details);
            StatusParser.TryParse(input.AsSpan(), out _, out details);
            StatusParser.ParseType(input.AsSpan());
        }, $"parsing {input}");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Strict_utf8_parsing_allocates_nothing(string input)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(input);
        Allocations.AssertNone(() =>
        {
            StatusParser.Parse(utf8, out var details);
            StatusParser.TryParse(utf8, out _, out details);
            StatusParser.ParseType(utf8);
        }, $"parsing {input}");
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Try_format_into_chars_and_utf8_allocates_nothing(string input)
    {
        var status = BackendStatus.Parse(input);
        var chars = new char[256];
        var bytes = new byte[256];
        Allocations.AssertNone(() =>
        {
            Assert.True(status.TryFormat(chars, out _));
            Assert.True(status.TryFormat(bytes, out _));
            Assert.True(StatusFormatter.TryFormat(status.Type, status.Details, chars, out _));
            status.GetFormattedLength();
            status.GetFormattedUtf8Length();
        }, $"formatting {input}");
    }

    [Fact]
    public void Formatting_a_status_without_details_allocates_nothing()
    {
        var status = BackendStatus.Installing();
        Allocations.AssertNone(() => status.ToString(), "Installing.ToString()");
    }

    [Fact]
    public void The_counter_sees_an_allocation() =>
        Assert.True(Allocations.Measure(() => BackendStatus.Parse("Running: x").ToString()) > 0);
}

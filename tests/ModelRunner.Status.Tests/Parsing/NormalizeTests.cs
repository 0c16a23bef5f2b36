namespace ModelRunner.Status.Tests.Parsing;

public class NormalizeTests
{
    [Theory]
    [InlineData("Running: llama.cpp c55bce4")]
    [InlineData("Not Installed")]
    [InlineData("Error: Running: x")]
    [InlineData("Installing: downloading llama.cpp b4567")]
    [InlineData("Running:  x ")]
    public void Canonical_text_comes_back_as_the_same_instance_allocating_nothing(string canonical)
    {
        Assert.Same(canonical, BackendStatus.Normalize(canonical));
        Allocations.AssertNone(() => BackendStatus.Normalize(canonical), $"Normalize({canonical})");
    }

    [Theory]
    [InlineData(null, "Not Installed")]
    [InlineData("", "Not Installed")]
    [InlineData("   ", "Not Installed")]
    [InlineData("Running: ", "Running")]
    [InlineData("ERROR: boom", "Error: boom")]
    [InlineData("  running : vllm 0.12.0 ", "Running: vllm 0.12.0")]
    [InlineData("running MLX version: 0.20.0", "Running: MLX 0.20.0")]
    [InlineData("something else", "Error: something else")]
    [InlineData(" Installing x", "Error:  Installing x")]
    public void Other_text_becomes_its_canonical_form(string? text, string canonical) =>
        Assert.Equal(canonical, BackendStatus.Normalize(text));

    [Fact]
    public void Normalizing_composes_rebuilt_details_once()
    {
        // The result string is the only allocation: no intermediate details string.
        var bytes = Allocations.Measure(() => BackendStatus.Normalize("running MLX version: 0.20.0"), iterations: 1);
        var resultSize = Allocations.SizeOf(() => new string('x', "Running: MLX 0.20.0".Length));
        Assert.Equal(resultSize, bytes);
    }
}

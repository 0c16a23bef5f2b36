using System.Text.Json;

namespace ModelRunner.Status.Tests.Reporting;

/// <summary>Every malformed body fails with one clear <see cref="JsonException"/> that says what and where.</summary>
public class MalformedBodyTests
{
    private static JsonException Fails(string body)
    {
        var error = Assert.Throws<JsonException>(() => BackendStatusReport.ParseJson(System.Text.Encoding.UTF8.GetBytes(body)));
        Assert.StartsWith("The body is not a status report: ", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => BackendStatusReport.ParseJson(body));
        return error;
    }

    [Fact]
    public void Plain_text_from_a_failing_runner()
    {
        var error = Fails("error querying status: context deadline exceeded\n");
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("BytePositionInLine: 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("The body starts: \"error querying status: context deadline exceeded\\u000a\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_array() =>
        Assert.Contains("expected a JSON object of backend names to status strings, found an array at byte 0", Fails("""["Running"]""").Message, StringComparison.Ordinal);

    [Fact]
    public void A_string() =>
        Assert.Contains("found a string at byte 0", Fails("\"Running: vllm 0.12.0\"").Message, StringComparison.Ordinal);

    [Fact]
    public void A_number_value() =>
        Assert.Contains("the status of \"vllm\" (byte 1) is a number at byte 8; expected a string or null", Fails("""{"vllm":12}""").Message, StringComparison.Ordinal);

    [Fact]
    public void A_boolean_value() =>
        Assert.Contains("is a boolean", Fails("""{"vllm":true}""").Message, StringComparison.Ordinal);

    [Fact]
    public void A_nested_object() =>
        Assert.Contains("the status of \"vllm\" (byte 1) is an object at byte 8", Fails("""{"vllm":{"status":"Running"}}""").Message, StringComparison.Ordinal);

    [Fact]
    public void A_nested_array() =>
        Assert.Contains("is an array", Fails("""{"vllm":["Running"]}""").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("""{"vllm":"Running""")]
    [InlineData("""{"vllm":""")]
    [InlineData("""{"vllm""")]
    [InlineData("""{""")]
    [InlineData("""{"a":"Running",""")]
    public void Truncated_json(string body) =>
        Assert.Contains($"the JSON ends, at byte {body.Length}, before the object does", Fails(body).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("""{"a":"Running"}x""")]
    [InlineData("""{"a":"Running"}{"b":"Error"}""")]
    [InlineData("""{"a":"Running"} "more" """)]
    public void Trailing_garbage(string body) =>
        Assert.Contains("more text follows the JSON object, at byte 15", Fails(body).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void Empty_input(string body) =>
        Assert.Contains("it is empty", Fails(body).Message, StringComparison.Ordinal);

    [Fact]
    public void Html_error_page() =>
        Assert.Contains("The body starts: \"<html>", Fails("<html><body>500 Internal Server Error</body></html>").Message, StringComparison.Ordinal);

    [Fact]
    public void Comments_and_trailing_commas_are_not_json_as_go_reads_it()
    {
        Fails("""{"a":"Running" /* no */}""");
        Fails("""{"a":"Running",}""");
        Fails("""{'a':'Running'}""");
    }
}

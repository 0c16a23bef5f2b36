using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelRunner.Status.Tests.Reporting;

public sealed record BackendView(string Name, BackendStatus Status, BackendStatus? Previous);

public sealed record LenientView([property: JsonConverter(typeof(LenientStatusConverter))] BackendStatus Status);

public sealed class LenientStatusConverter() : JsonConverter<BackendStatus>
{
    private readonly BackendStatusJsonConverter _inner = new(StatusParseStyles.Lenient);

    public override BackendStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, BackendStatus value, JsonSerializerOptions options) => _inner.Write(writer, value, options);
}

[JsonSerializable(typeof(BackendView))]
[JsonSerializable(typeof(BackendStatus[]))]
[JsonSerializable(typeof(LenientView))]
public sealed partial class StatusJsonContext : JsonSerializerContext;

public class BackendStatusJsonConverterTests
{
    [Fact]
    public void A_source_generated_context_round_trips_statuses_in_users_types()
    {
        var view = new BackendView("vllm", BackendStatus.Running("vllm 0.12.0"), null);
        var json = JsonSerializer.Serialize(view, StatusJsonContext.Default.BackendView);
        Assert.Equal("""{"Name":"vllm","Status":"Running: vllm 0.12.0","Previous":null}""", json);
        Assert.Equal(view, JsonSerializer.Deserialize(json, StatusJsonContext.Default.BackendView));
    }

    [Fact]
    public void Null_reads_as_not_installed_as_go_reads_it() =>
        Assert.Equal(
            [BackendStatus.NotInstalled(), BackendStatus.Error("x")],
            JsonSerializer.Deserialize("""[null,"Error: x"]""", StatusJsonContext.Default.BackendStatusArray)!);

    [Fact]
    public void A_non_string_token_is_a_json_exception()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("[12]", StatusJsonContext.Default.BackendStatusArray));
        Assert.Contains("A backend status is a JSON string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_styles_can_be_chosen_per_property()
    {
        var view = JsonSerializer.Deserialize("""{"Status":"running vllm version: 0.8.1"}""", StatusJsonContext.Default.LenientView);
        Assert.Equal(BackendStatus.Running("vllm 0.8.1"), view!.Status);
        var options = new JsonSerializerOptions { Converters = { new BackendStatusJsonConverter(StatusParseStyles.Lenient) }, TypeInfoResolver = StatusJsonContext.Default };
        Assert.Equal([BackendStatus.NotInstalled()], JsonSerializer.Deserialize<BackendStatus[]>("""["not installed"]""", options)!);
        Assert.Equal(StatusParseStyles.Lenient, new BackendStatusJsonConverter(StatusParseStyles.Lenient).Styles);
        Assert.Throws<ArgumentException>(() => new BackendStatusJsonConverter((StatusParseStyles)64));
    }

    [Fact]
    public void Escapes_and_long_statuses_survive_the_converter()
    {
        var statuses = new[] { BackendStatus.Error("<\u001b\"\\" + new string('é', 600)) };
        var json = JsonSerializer.Serialize(statuses, StatusJsonContext.Default.BackendStatusArray);
        Assert.Equal(statuses, JsonSerializer.Deserialize(json, StatusJsonContext.Default.BackendStatusArray));
    }

    [Fact]
    public void Invalid_utf8_in_a_status_becomes_the_replacement_character()
    {
        byte[] json = [.. "[\"Running: a"u8, 0xFF, .. "\"]"u8];
        Assert.Equal([BackendStatus.Running("a\uFFFD")], JsonSerializer.Deserialize(json, StatusJsonContext.Default.BackendStatusArray)!);
    }
}

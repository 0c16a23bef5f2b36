using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelRunner.Status;

/// <summary>
/// Reads and writes a <see cref="BackendStatus"/> as its wire string
/// (<c>"Running: llama.cpp c55bce4"</c>), without reflection, so that it
/// works with source-generated <see cref="JsonSerializerContext"/>s and native AOT.
/// </summary>
/// <remarks>
/// <see cref="BackendStatus"/> carries this converter (strict parsing) in a
/// <see cref="JsonConverterAttribute"/>, so users' own types can hold
/// statuses with no setup. To read older runners, add
/// <c>new BackendStatusJsonConverter(StatusParseStyles.Lenient)</c> to
/// <see cref="JsonSerializerOptions.Converters"/>, or name it on a property.
/// A JSON <c>null</c> reads as <c>""</c> (Not Installed), as Go reads it, and
/// invalid UTF-8 or an escaped lone surrogate becomes U+FFFD; a token that is
/// not a string or <c>null</c> is a <see cref="JsonException"/>.
/// </remarks>
public sealed class BackendStatusJsonConverter : JsonConverter<BackendStatus>
{
    /// <summary>A converter that parses strictly, as the Go CLI does.</summary>
    public BackendStatusJsonConverter()
        : this(StatusParseStyles.Strict)
    {
    }

    /// <summary>A converter that parses under <paramref name="styles"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public BackendStatusJsonConverter(StatusParseStyles styles)
    {
        styles.ThrowIfInvalid();
        Styles = styles;
    }

    /// <summary>How the converter parses statuses.</summary>
    public StatusParseStyles Styles { get; }

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override BackendStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => BackendStatus.NotInstalled(),
        JsonTokenType.String => JsonStatusValue.ReadStatus(in reader, Styles),
        _ => throw new JsonException($"A backend status is a JSON string such as \"Running: vllm 0.12.0\"; found {reader.TokenType}."),
    };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, BackendStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var length = value.GetFormattedUtf8Length();
        var buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        value.TryFormat(buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }
}

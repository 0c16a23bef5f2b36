using System.Text;

namespace ModelRunner.Status.Tests.Parsing;

/// <summary>The laws of the contract's section 4, as properties.</summary>
public class LenientLawTests
{
    [StatusProperty]
    public bool Every_style_agrees_with_strict_where_strict_recognizes_the_text(StatusText text, StatusParseStyles styles) =>
        !BackendStatus.TryParse(text.Value, out var strict)
        || (BackendStatus.Parse(text.Value, styles) == strict && BackendStatus.TryParse(text.Value, styles, out _));

    [StatusProperty]
    public bool Normalize_is_idempotent_and_strict_parsing_recognizes_its_output(StatusText text)
    {
        var normalized = BackendStatus.Normalize(text.Value);
        return BackendStatus.Normalize(normalized) == normalized
            && ReferenceEquals(BackendStatus.Normalize(normalized), normalized)
            && BackendStatus.TryParse(normalized, out var parsed)
            && parsed.ToString() == normalized
            && parsed == BackendStatus.Parse(text.Value, StatusParseStyles.Lenient);
    }

    [StatusProperty]
    public bool String_char_span_and_utf8_entry_points_agree_under_every_style(StatusText text, StatusParseStyles styles)
    {
        var s = text.Value;
        var utf8 = Encoding.UTF8.GetBytes(s);
        var recognized = BackendStatus.TryParse(s, styles, out var fromString);
        var charType = StatusParser.Parse(s.AsSpan(), out var charDetails, styles);
        var utf8Type = StatusParser.Parse(utf8, out var utf8Details, styles);
        return charType == fromString.Type && utf8Type == fromString.Type
            && charDetails.SequenceEqual(fromString.Details)
            && utf8Details.SequenceEqual(Encoding.UTF8.GetBytes(fromString.Details))
            && StatusParser.ParseType(s.AsSpan(), styles) == fromString.Type
            && StatusParser.ParseType(utf8, styles) == fromString.Type
            && StatusParser.TryParse(s.AsSpan(), out _, out _, styles) == recognized
            && StatusParser.TryParse(utf8, out _, out _, styles) == recognized
            && BackendStatus.Parse(s.AsSpan(), styles) == fromString
            && BackendStatus.Parse((ReadOnlySpan<byte>)utf8, styles) == fromString;
    }

    [StatusProperty]
    public bool Unrecognized_text_falls_back_to_error_over_the_original_text(StatusText text, StatusParseStyles styles) =>
        BackendStatus.TryParse(text.Value, styles, out var status) || status == BackendStatus.Error(text.Value);

    [StatusProperty]
    public bool Utf8_parsing_of_any_bytes_never_throws_under_any_style(StatusBytes bytes, StatusParseStyles styles)
    {
        var type = StatusParser.Parse(bytes.Value, out _, styles);
        return type.IsDefined() && BackendStatus.Parse((ReadOnlySpan<byte>)bytes.Value, styles).Type == type;
    }
}

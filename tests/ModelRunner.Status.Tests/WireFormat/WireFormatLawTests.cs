using System.Text;

namespace ModelRunner.Status.Tests.WireFormat;

/// <summary>The laws of the contract's section 3, as properties.</summary>
public class WireFormatLawTests
{
    [StatusProperty]
    public bool Parse_of_format_gives_back_type_and_details(StatusType type, StatusText details)
    {
        var formatted = new BackendStatus(type, details.Value).ToString();
        return BackendStatus.Parse(formatted) == new BackendStatus(type, details.Value);
    }

    [StatusProperty]
    public bool Parse_of_format_of_parse_is_parse(StatusText text)
    {
        var parsed = BackendStatus.Parse(text.Value);
        return BackendStatus.Parse(parsed.ToString()) == parsed;
    }

    /// <summary>
    /// Format(Parse(s)) == s for every recognized s, except the ones where Go's
    /// own formatter writes less: "" and a wire name followed by ": " and
    /// nothing, which format as the bare name (see go-parse.jsonl, "Running: ").
    /// </summary>
    [StatusProperty]
    public bool Format_of_parse_is_the_text_when_strict_parsing_recognizes_it(StatusText text)
    {
        var s = text.Value;
        if (!BackendStatus.TryParse(s, out var parsed) || s.Length == 0 || s.EndsWith(": ", StringComparison.Ordinal) && parsed.Details.Length == 0)
        {
            return true;
        }

        return parsed.ToString() == s;
    }

    [StatusProperty]
    public bool String_char_span_and_utf8_entry_points_agree(StatusText text)
    {
        var s = text.Value;
        var utf8 = Encoding.UTF8.GetBytes(s);
        var fromString = BackendStatus.Parse(s);
        var stringRecognized = BackendStatus.TryParse(s, out _);

        var charType = StatusParser.Parse(s.AsSpan(), out var charDetails);
        var charRecognized = StatusParser.TryParse(s.AsSpan(), out _, out _);
        var utf8Type = StatusParser.Parse(utf8, out var utf8Details);
        var utf8Recognized = StatusParser.TryParse(utf8, out _, out _);

        return charType == fromString.Type && utf8Type == fromString.Type
            && charDetails.SequenceEqual(fromString.Details)
            && utf8Details.SequenceEqual(Encoding.UTF8.GetBytes(fromString.Details))
            && BackendStatus.Parse(s.AsSpan()) == fromString
            && BackendStatus.Parse((ReadOnlySpan<byte>)utf8) == fromString
            && charRecognized == stringRecognized && utf8Recognized == stringRecognized;
    }

    [StatusProperty]
    public bool Utf8_parsing_of_any_bytes_never_throws_and_slices_its_input(StatusBytes bytes)
    {
        ReadOnlySpan<byte> input = bytes.Value;
        var type = StatusParser.Parse(input, out var details);
        _ = BackendStatus.Parse(input);
        return type.IsDefined() && (details.IsEmpty || input.Overlaps(details, out var offset) && offset >= 0 && offset + details.Length <= input.Length);
    }

    [StatusProperty]
    public bool Char_and_utf8_formatting_agree(StatusType type, StatusText details)
    {
        var status = new BackendStatus(type, details.Value);
        var utf8 = new byte[status.GetFormattedUtf8Length()];
        return status.TryFormat(utf8, out var written)
            && written == utf8.Length
            && Encoding.UTF8.GetString(utf8) == status.ToString();
    }
}

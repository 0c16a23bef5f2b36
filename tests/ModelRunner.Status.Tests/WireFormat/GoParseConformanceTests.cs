using System.Text;

namespace ModelRunner.Status.Tests.WireFormat;

/// <summary>Every vector of <c>go-parse.jsonl</c>, through every entry point.</summary>
public class GoParseConformanceTests
{
    public static TheoryData<int> Vectors => ConformanceVectors.Lines(ConformanceVectors.GoParse.Count);

    private static ParseVector Vector(int line) => ConformanceVectors.GoParse.Single(v => v.Line == line);

    // Recognized (steps 1-2) unless the answer is the Error fallback over the whole text.
    private static bool Recognized(ParseVector v) => !(v.Type == StatusType.Error && v.Details == v.In && v.In.Length > 0);

    [Fact]
    public void The_file_holds_all_600_vectors() => Assert.Equal(600, ConformanceVectors.GoParse.Count);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void String_parse_matches_go(int line)
    {
        var v = Vector(line);
        var status = BackendStatus.Parse(v.In);
        Assert.Equal(v.Type, status.Type);
        Assert.Equal(v.Details, status.Details);
        Assert.Equal(Recognized(v), BackendStatus.TryParse(v.In, out var tried));
        Assert.Equal(status, tried);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Char_span_parse_matches_go_and_slices_the_input(int line)
    {
        var v = Vector(line);
        ReadOnlySpan<char> input = v.In;
        var type = StatusParser.Parse(input, out var details);
        Assert.Equal(v.Type, type);
        Assert.Equal(v.Details, details.ToString());
        Assert.True(details.IsEmpty || input.Overlaps(details), "details must be a slice of the input");
        Assert.Equal(Recognized(v), StatusParser.TryParse(input, out var triedType, out var triedDetails));
        Assert.Equal(v.Type, triedType);
        Assert.Equal(v.Details, triedDetails.ToString());
        Assert.Equal(v.Type, StatusParser.ParseType(input));
        Assert.Equal(new BackendStatus(v.Type, v.Details), BackendStatus.Parse(input));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Utf8_parse_matches_go_and_slices_the_input(int line)
    {
        var v = Vector(line);
        ReadOnlySpan<byte> input = Encoding.UTF8.GetBytes(v.In);
        var type = StatusParser.Parse(input, out var details);
        Assert.Equal(v.Type, type);
        Assert.Equal(Encoding.UTF8.GetBytes(v.Details), details.ToArray());
        Assert.True(details.IsEmpty || input.Overlaps(details), "details must be a slice of the input");
        Assert.Equal(Recognized(v), StatusParser.TryParse(input, out var triedType, out _));
        Assert.Equal(v.Type, triedType);
        Assert.Equal(v.Type, StatusParser.ParseType(input));
        Assert.Equal(new BackendStatus(v.Type, v.Details), BackendStatus.Parse(input));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Formatting_matches_go(int line)
    {
        var v = Vector(line);
        var status = new BackendStatus(v.Type, v.Details);
        Assert.Equal(v.Formatted, status.ToString());
        Assert.Equal(v.Formatted, $"{status}");
        Assert.Equal(v.Formatted, StatusFormatter.Format(v.Type, v.Details));
        Assert.Equal(v.Formatted.Length, status.GetFormattedLength());

        var chars = new char[status.GetFormattedLength()];
        Assert.True(status.TryFormat(chars, out var charsWritten));
        Assert.Equal(v.Formatted, new string(chars, 0, charsWritten));

        var expectedUtf8 = Encoding.UTF8.GetBytes(v.Formatted);
        Assert.Equal(expectedUtf8.Length, status.GetFormattedUtf8Length());
        var bytes = new byte[status.GetFormattedUtf8Length()];
        Assert.True(status.TryFormat(bytes, out var bytesWritten));
        Assert.Equal(expectedUtf8, bytes[..bytesWritten]);

        var viaDetails = new byte[expectedUtf8.Length];
        Assert.True(StatusFormatter.TryFormat(v.Type, Encoding.UTF8.GetBytes(v.Details), viaDetails, out var written));
        Assert.Equal(expectedUtf8, viaDetails[..written]);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Formatting_into_a_buffer_one_short_fails_and_writes_nothing_past_it(int line)
    {
        var status = new BackendStatus(Vector(line).Type, Vector(line).Details);
        var chars = new char[status.GetFormattedLength()];
        Assert.False(status.TryFormat(chars.AsSpan(0, chars.Length - 1), out var charsWritten));
        Assert.Equal(0, charsWritten);
        Assert.Equal('\0', chars[^1]);

        var bytes = new byte[status.GetFormattedUtf8Length()];
        Assert.False(status.TryFormat(bytes.AsSpan(0, bytes.Length - 1), out var bytesWritten));
        Assert.Equal(0, bytesWritten);
        Assert.Equal(0, bytes[^1]);
    }
}

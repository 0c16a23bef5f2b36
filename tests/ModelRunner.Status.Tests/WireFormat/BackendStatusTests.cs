namespace ModelRunner.Status.Tests.WireFormat;

public class BackendStatusTests
{
    [Fact]
    public void Factories_make_each_type_and_null_details_mean_none()
    {
        Assert.Equal(new BackendStatus(StatusType.Running, "vllm 0.12.0"), BackendStatus.Running("vllm 0.12.0"));
        Assert.Equal(StatusType.Error, BackendStatus.Error(StatusDetail.ImportFailed).Type);
        Assert.Equal("Not Installed: only supported on Linux", BackendStatus.NotInstalled(StatusDetail.OnlyLinux).ToString());
        Assert.Equal("Installing", BackendStatus.Installing().ToString());
        Assert.Equal("", BackendStatus.Running(null).Details);
        Assert.Equal(BackendStatus.Running(), BackendStatus.Running(""));
    }

    [Fact]
    public void Default_is_running_with_no_details_and_never_null_details()
    {
        var status = default(BackendStatus);
        Assert.Equal(StatusType.Running, status.Type);
        Assert.Equal("", status.Details);
        Assert.Equal("Running", status.ToString());
    }

    [Fact]
    public void Equality_is_by_type_and_ordinal_details()
    {
        var a = BackendStatus.Running("llama.cpp c55bce4");
        var b = new BackendStatus(StatusType.Running, new string("llama.cpp c55bce4".ToCharArray()));
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != BackendStatus.Error("llama.cpp c55bce4"));
        Assert.NotEqual(a, BackendStatus.Running("LLAMA.CPP c55bce4"));
        Assert.False(a.Equals((object)"Running: llama.cpp c55bce4"));
        Assert.True(a.Equals((object)b));
    }

    [Fact]
    public void Deconstructs_into_type_and_details()
    {
        var (type, details) = BackendStatus.Parse("Not Installed: package not installed");
        Assert.Equal(StatusType.NotInstalled, type);
        Assert.Equal(StatusDetail.PackageNotInstalled, details);
    }

    [Fact]
    public void Null_and_empty_parse_as_not_installed()
    {
        Assert.Equal(BackendStatus.NotInstalled(), BackendStatus.Parse((string?)null));
        Assert.True(BackendStatus.TryParse((string?)null, out var fromNull));
        Assert.Equal(BackendStatus.NotInstalled(), fromNull);
        Assert.Equal(BackendStatus.NotInstalled(), BackendStatus.Parse(""));
        Assert.Equal(BackendStatus.NotInstalled(), BackendStatus.Parse(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Parse_never_fails_and_try_parse_says_what_was_recognized()
    {
        Assert.False(BackendStatus.TryParse("running vllm", out var fallback));
        Assert.Equal(BackendStatus.Error("running vllm"), fallback);
        Assert.Equal(BackendStatus.Error("running vllm"), BackendStatus.Parse("running vllm"));
        Assert.True(BackendStatus.TryParse("Error: boom", out var error));
        Assert.Equal(BackendStatus.Error("boom"), error);
    }

    [Fact]
    public void Details_that_are_the_whole_text_reuse_the_string()
    {
        var text = "Error no colon here";
        Assert.Same(text, BackendStatus.Parse(text).Details);
    }

    [Fact]
    public void Generic_math_style_parsing_goes_through_the_interfaces()
    {
        Assert.Equal(BackendStatus.Running("x"), ParseVia<BackendStatus>("Running: x"));
        Assert.Equal(BackendStatus.Running("x"), ParseSpanVia<BackendStatus>("Running: x"));
        Assert.Equal(BackendStatus.Running("x"), ParseUtf8Via<BackendStatus>("Running: x"u8));
        Assert.True(TryParseVia<BackendStatus>("Installing", out var installing));
        Assert.Equal(BackendStatus.Installing(), installing);
        Assert.False(TryParseVia<BackendStatus>("installing", out _));

        static T ParseVia<T>(string s) where T : IParsable<T> => T.Parse(s, null);
        static T ParseSpanVia<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);
        static T ParseUtf8Via<T>(ReadOnlySpan<byte> s) where T : IUtf8SpanParsable<T> => T.Parse(s, null);
        static bool TryParseVia<T>(string s, out T? result) where T : IParsable<T> => T.TryParse(s, null, out result);
    }

    [Fact]
    public void Only_the_general_format_is_accepted()
    {
        var status = BackendStatus.Running("x");
        Assert.Equal("Running: x", status.ToString("G", null));
        Assert.Equal("Running: x", status.ToString(null, null));
        Assert.Equal("Running: x", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:G}", status));
        Assert.Throws<FormatException>(() => status.ToString("X", null));
        Assert.Throws<FormatException>(() => status.TryFormat(new char[32], out _, "json"));
        Assert.Throws<FormatException>(() => status.TryFormat(new byte[32], out _, "N"));
    }

    [Fact]
    public void A_lone_surrogate_in_details_becomes_the_replacement_character_in_utf8()
    {
        var status = BackendStatus.Running("a\uD800b");
        Assert.Equal("Running: a\uFFFDb"u8.Length, status.GetFormattedUtf8Length());
        var buffer = new byte[status.GetFormattedUtf8Length()];
        Assert.True(status.TryFormat(buffer, out var written));
        Assert.Equal("Running: a\uFFFDb"u8.ToArray(), buffer[..written]);
    }

    [Fact]
    public void Ill_formed_utf8_never_throws_and_is_classified_by_its_bytes()
    {
        byte[] text = [.. "Running: "u8, 0xFF, 0xC3, (byte)'x'];
        Assert.Equal(StatusType.Running, StatusParser.Parse(text, out var details));
        Assert.Equal(new byte[] { 0xFF, 0xC3, (byte)'x' }, details.ToArray());
        Assert.Equal(BackendStatus.Running("\uFFFD\uFFFDx"), BackendStatus.Parse((ReadOnlySpan<byte>)text));
        Assert.Equal(StatusType.Error, StatusParser.Parse([0x80, (byte)'R'], out var whole));
        Assert.Equal(2, whole.Length);
    }

    [Fact]
    public void Formatted_length_rejects_a_negative_details_length() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusFormatter.GetFormattedLength(StatusType.Running, -1));

    [Fact]
    public void Formatting_without_details_returns_the_wire_name_constant()
    {
        Assert.Same("Not Installed", BackendStatus.NotInstalled().ToString());
        Assert.Same("Error", StatusFormatter.Format(StatusType.Error, default));
    }
}

public class StrictBoundaryTests
{
    // Around 16 units, where the parser switches from a scalar to a vector comparison of the prefix.
    [Theory]
    [InlineData("Not Installed: ", StatusType.NotInstalled, "")]
    [InlineData("Not Installed: x", StatusType.NotInstalled, "x")]
    [InlineData("Not Installed:xy", StatusType.Error, "Not Installed:xy")]
    [InlineData("Not Installed  x", StatusType.Error, "Not Installed  x")]
    [InlineData("Installing: abcd", StatusType.Installing, "abcd")]
    [InlineData("Installing:  abc", StatusType.Installing, " abc")]
    [InlineData("Installing; abcd", StatusType.Error, "Installing; abcd")]
    [InlineData("Running: 0123456", StatusType.Running, "0123456")]
    [InlineData("Running:_0123456", StatusType.Error, "Running:_0123456")]
    [InlineData("Error: 012345678", StatusType.Error, "012345678")]
    [InlineData("Errorr: 01234567", StatusType.Error, "Errorr: 01234567")]
    [InlineData("\u0152unning: llama.cpp", StatusType.Error, "\u0152unning: llama.cpp")] // low byte 0x52 is 'R'
    [InlineData("R\u0175nning: llama.cpp", StatusType.Error, "R\u0175nning: llama.cpp")] // low byte 0x75 is 'u'
    [InlineData("Running: \u4e2d\u6587\u6a21\u578b\u6a21\u578b", StatusType.Running, "\u4e2d\u6587\u6a21\u578b\u6a21\u578b")]
    public void Every_entry_point_agrees_at_the_prefix_boundaries(string text, StatusType type, string details)
    {
        Assert.Equal(new BackendStatus(type, details), BackendStatus.Parse(text));
        Assert.Equal(type, StatusParser.Parse(text.AsSpan(), out var chars));
        Assert.Equal(details, chars.ToString());
        Assert.Equal(type, StatusParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), out var bytes));
        Assert.Equal(details, System.Text.Encoding.UTF8.GetString(bytes));
    }
}

namespace ModelRunner.Status.Tests.WireFormat;

public class StatusTypeTests
{
    [Theory]
    [InlineData(StatusType.Running, "Running")]
    [InlineData(StatusType.Error, "Error")]
    [InlineData(StatusType.NotInstalled, "Not Installed")]
    [InlineData(StatusType.Installing, "Installing")]
    public void Each_type_has_its_go_wire_name(StatusType type, string wireName)
    {
        Assert.Equal(wireName, type.ToWireName());
        Assert.Equal(wireName, System.Text.Encoding.UTF8.GetString(type.ToWireNameUtf8()));
        Assert.True(StatusTypeExtensions.TryParseWireName(wireName, out var parsed));
        Assert.Equal(type, parsed);
        Assert.True(type.IsDefined());
    }

    [Fact]
    public void Declaration_order_is_the_display_order() =>
        Assert.Equal(
            [StatusType.Running, StatusType.Error, StatusType.NotInstalled, StatusType.Installing],
            Enum.GetValues<StatusType>().Order());

    [Theory]
    [InlineData("NotInstalled")]
    [InlineData("not installed")]
    [InlineData("running")]
    [InlineData("2")]
    [InlineData("")]
    [InlineData(" Running")]
    public void Enum_names_numbers_and_near_misses_are_not_wire_names(string text) =>
        Assert.False(StatusTypeExtensions.TryParseWireName(text, out _));

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public void An_undefined_type_is_an_out_of_range_error_not_a_silent_name(int value)
    {
        var type = (StatusType)value;
        Assert.False(type.IsDefined());
        Assert.Throws<ArgumentOutOfRangeException>(() => type.ToWireName());
        Assert.Throws<ArgumentOutOfRangeException>(() => type.ToWireNameUtf8().Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BackendStatus(type, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusFormatter.GetFormattedLength(type, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusFormatter.TryFormat(type, "x", new char[64], out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusFormatter.TryFormat(type, "x"u8, new byte[64], out _));
    }

    [Fact]
    public void The_nine_shared_detail_texts_are_exact()
    {
        Assert.Equal("binary not found", StatusDetail.BinaryNotFound);
        Assert.Equal("package not installed", StatusDetail.PackageNotInstalled);
        Assert.Equal("import failed", StatusDetail.ImportFailed);
        Assert.Equal("version unknown", StatusDetail.VersionUnknown);
        Assert.Equal("Python not found", StatusDetail.PythonNotFound);
        Assert.Equal("only supported on Linux", StatusDetail.OnlyLinux);
        Assert.Equal("only supported on Apple Silicon", StatusDetail.OnlyAppleSilicon);
        Assert.Equal("downloading", StatusDetail.Downloading);
        Assert.Equal("checking for updates", StatusDetail.CheckingForUpdates);
    }
}

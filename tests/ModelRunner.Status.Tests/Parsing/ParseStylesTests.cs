namespace ModelRunner.Status.Tests.Parsing;

public class ParseStylesTests
{
    [Fact]
    public void Lenient_is_all_three_flags_and_strict_is_zero()
    {
        Assert.Equal(0, (int)StatusParseStyles.Strict);
        Assert.Equal(StatusParseStyles.IgnoreCase | StatusParseStyles.AllowWhiteSpace | StatusParseStyles.Legacy, StatusParseStyles.Lenient);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(-1)]
    [InlineData(0x7 | 0x100)]
    public void Undefined_bits_are_an_argument_error_on_every_entry_point(int bits)
    {
        var styles = (StatusParseStyles)bits;
        AssertRejects(() => BackendStatus.Parse("Running", styles));
        AssertRejects(() => BackendStatus.Parse("Running".AsSpan(), styles));
        AssertRejects(() => BackendStatus.Parse("Running"u8, styles));
        AssertRejects(() => BackendStatus.TryParse("Running", styles, out _));
        AssertRejects(() => BackendStatus.TryParse("Running".AsSpan(), styles, out _));
        AssertRejects(() => BackendStatus.TryParse("Running"u8, styles, out _));
        AssertRejects(() => StatusParser.Parse("Running".AsSpan(), out _, styles));
        AssertRejects(() => StatusParser.TryParse("Running".AsSpan(), out _, out _, styles));
        AssertRejects(() => StatusParser.Parse("Running"u8, out _, styles));
        AssertRejects(() => StatusParser.TryParse("Running"u8, out _, out _, styles));
        AssertRejects(() => StatusParser.ParseType("Running".AsSpan(), styles));
        AssertRejects(() => StatusParser.ParseType("Running"u8, styles));

        static void AssertRejects(Action parse)
        {
            var error = Assert.Throws<ArgumentException>(parse);
            Assert.Equal("styles", error.ParamName);
            Assert.Contains("StatusParseStyles", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Ｒｕｎｎｉｎｇ")]  // fullwidth letters
    [InlineData("runnıng")]        // dotless i
    [InlineData("Inſtalling")]     // long s
    [InlineData("\u212Aot Installed")]
    [InlineData("RUNNİNG")]        // dotted capital I
    public void Only_ascii_letters_fold(string text)
    {
        Assert.Equal(BackendStatus.Error(text), BackendStatus.Parse(text, StatusParseStyles.Lenient));
        Assert.Equal(BackendStatus.Error(text + ": x"), BackendStatus.Parse(text + ": x", StatusParseStyles.Lenient));
    }

    [Theory]
    [InlineData("RunningX")]
    [InlineData("Runningx: y")]
    [InlineData("ErrorError")]
    [InlineData("Not Installedz")]
    [InlineData("Installing-1")]
    public void A_type_name_must_end_at_the_end_the_colon_or_white_space_before_it(string text) =>
        Assert.Equal(BackendStatus.Error(text), BackendStatus.Parse(text, StatusParseStyles.Lenient));

    [Theory]
    [InlineData("\u00a0Running\u2003:\u3000vllm 0.12.0\u0085", "vllm 0.12.0")]
    [InlineData("Not\tInstalled", "")]
    [InlineData("Not\u00a0\u00a0Installed:x", "x")]
    [InlineData("Installing :", "")]
    [InlineData("Error\n:\nboom\n", "boom")]
    public void Unicode_white_space_is_white_space(string text, string details) =>
        Assert.Equal(details, BackendStatus.Parse(text, StatusParseStyles.AllowWhiteSpace).Details);

    [Theory]
    [InlineData("running: x", StatusParseStyles.IgnoreCase, "Running: x")]
    [InlineData("running:x", StatusParseStyles.IgnoreCase, "Error: running:x")]           // no space: AllowWhiteSpace
    [InlineData("running:  x ", StatusParseStyles.IgnoreCase, "Running:  x ")]            // details as given
    [InlineData("not installed", StatusParseStyles.IgnoreCase, "Not Installed")]
    [InlineData("not  installed", StatusParseStyles.IgnoreCase, "Error: not  installed")]
    [InlineData("\u001b[2J", StatusParseStyles.Lenient, "Error: \u001b[2J")]
    [InlineData("\t\n", StatusParseStyles.AllowWhiteSpace, "Not Installed")]
    [InlineData("\t\n", StatusParseStyles.IgnoreCase, "Error: \t\n")]
    public void Styles_apply_only_their_own_rules(string text, StatusParseStyles styles, string canonical) =>
        Assert.Equal(canonical, BackendStatus.Parse(text, styles).ToString());
}

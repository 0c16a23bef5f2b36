using System.Text;

namespace ModelRunner.Status.Tests.Parsing;

/// <summary>Every vector of <c>lenient.jsonl</c>, and the negative cases derived from them.</summary>
public class LenientConformanceTests
{
    private static readonly StatusParseStyles[] s_flags =
        [StatusParseStyles.IgnoreCase, StatusParseStyles.AllowWhiteSpace, StatusParseStyles.Legacy];

    public static TheoryData<int> Vectors => ConformanceVectors.Lines(ConformanceVectors.Lenient.Count);

    private static LenientVector Vector(int line) => ConformanceVectors.Lenient.Single(v => v.Line == line);

    [Fact]
    public void The_file_holds_all_40_vectors() => Assert.Equal(40, ConformanceVectors.Lenient.Count);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Every_entry_point_gives_the_expected_status(int line)
    {
        var v = Vector(line);
        var expected = new BackendStatus(v.Type, v.Details);

        Assert.Equal(expected, BackendStatus.Parse(v.In, v.Styles));
        Assert.Equal(expected, BackendStatus.Parse(v.In.AsSpan(), v.Styles));
        Assert.Equal(expected, BackendStatus.Parse(Encoding.UTF8.GetBytes(v.In).AsSpan(), v.Styles));

        Assert.Equal(v.Type, StatusParser.Parse(v.In.AsSpan(), out var chars, v.Styles));
        Assert.Equal(v.Details, chars.ToString());
        Assert.Equal(v.Type, StatusParser.Parse(Encoding.UTF8.GetBytes(v.In), out var bytes, v.Styles));
        Assert.Equal(v.Details, Encoding.UTF8.GetString(bytes));
        Assert.Equal(v.Type, StatusParser.ParseType(v.In.AsSpan(), v.Styles));
        Assert.Equal(v.Type, StatusParser.ParseType(Encoding.UTF8.GetBytes(v.In), v.Styles));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Try_parse_is_true_for_every_vector_read_as_something_else_than_the_fallback(int line)
    {
        var v = Vector(line);
        if (v.Type == StatusType.Error && v.Details == v.In)
        {
            return; // The fallback, or a legacy error that keeps the text: the vector cannot tell; see below.
        }

        Assert.True(BackendStatus.TryParse(v.In, v.Styles, out _));
        Assert.True(StatusParser.TryParse(v.In.AsSpan(), out _, out _, v.Styles));
        Assert.True(StatusParser.TryParse(Encoding.UTF8.GetBytes(v.In), out _, out _, v.Styles));
    }

    [Theory]
    [InlineData("import failed", true)]
    [InlineData("failed to install llama.cpp: exit status 1", true)]
    [InlineData("RunningX", false)]
    [InlineData("Installing x", false)]
    [InlineData("Ｒｕｎｎｉｎｇ: x", false)]
    public void Try_parse_tells_a_legacy_error_from_the_fallback(string text, bool recognized)
    {
        Assert.Equal(recognized, BackendStatus.TryParse(text, StatusParseStyles.Lenient, out var status));
        Assert.Equal(BackendStatus.Error(text), status);
    }

    /// <summary>
    /// Under every sub-style of a vector's styles, the answer is either the
    /// vector's or the (Error, input) fallback, never a third reading: so
    /// removing the flags a vector needs makes it fall back. Strict gives the
    /// fallback for every vector that strict does not read.
    /// </summary>
    [Theory]
    [MemberData(nameof(Vectors))]
    public void Removing_needed_flags_falls_back_to_error_over_the_input(int line)
    {
        var v = Vector(line);
        var expected = new BackendStatus(v.Type, v.Details);
        var fallback = BackendStatus.Error(v.In);
        var strictlyRecognized = BackendStatus.TryParse(v.In, out var strict);
        Assert.Equal(strictlyRecognized ? expected : fallback, strict);

        for (var bits = 0; bits <= (int)StatusParseStyles.Lenient; bits++)
        {
            var subStyle = (StatusParseStyles)bits;
            if ((subStyle & ~v.Styles) != 0)
            {
                continue;
            }

            var answer = BackendStatus.Parse(v.In, subStyle);
            Assert.True(answer == expected || answer == fallback, $"under {subStyle}: {answer}");
        }
    }

    [Fact]
    public void Every_flag_is_needed_by_some_vector()
    {
        foreach (var flag in s_flags)
        {
            Assert.Contains(ConformanceVectors.Lenient, v =>
                (v.Styles & flag) != 0
                && BackendStatus.Parse(v.In, v.Styles) != BackendStatus.Parse(v.In, v.Styles & ~flag));
        }
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ModelRunner.Status.Tests;

/// <summary>
/// A property test with this project's generators and a fixed seed, so that a
/// run is repeatable; a failure prints the seed FsCheck used.
/// </summary>
public sealed class StatusPropertyAttribute : PropertyAttribute
{
    public const string Seed = "(20261204,97)";

    public StatusPropertyAttribute()
    {
        Arbitrary = [typeof(StatusArbitraries)];
        Replay = Seed;
        MaxTest = 1000;
        QuietOnSuccess = true;
    }
}

/// <summary>A valid Unicode string, biased toward text that looks like a status.</summary>
public sealed record StatusText(string Value)
{
    public override string ToString() => Printable.Of(Value);
}

/// <summary>Any bytes, valid UTF-8 or not, biased toward bytes that look like a status.</summary>
public sealed record StatusBytes(byte[] Value)
{
    public override string ToString() => Convert.ToHexString(Value);
}

public static class StatusArbitraries
{
    // Pieces of real statuses, legacy strings and the characters that break naive parsers.
    private static readonly string[] s_fragments =
    [
        "Running", "Error", "Not Installed", "Installing", "Not", "Installed", ": ", ":", " ", "  ",
        "running", "error", "not installed", "INSTALLING", "RUNNING: ", "Runningx", "Not  Installed",
        "running ", " version: ", "unknown", "version: ", "llama.cpp", "vllm", "MLX", "0.20.0",
        "not running", "installing", "import failed", "python3 not found in PATH", "Python or mlx-lm not found",
        "vLLM binary not found", " package not installed", "downloading ", " (", ")", " variant of llama.cpp",
        "looking for updates for ", " variant", "failed to ", "cuda", "b1234",
        "\t", "\n", "\r", "\u000b", "\u000c", "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u2003", "\u3000",
        "\u202e", "\u2066", "\u200f", "é", "e\u0301", "ı", "İ", "ſ", "K", "\u212a", "Ｒｕｎｎｉｎｇ", "中文", "😀", "𝔸", "\uffff",
    ];

    private static readonly Gen<string> s_fragment = Gen.Elements(s_fragments);

    // Any scalar value: BMP outside the surrogates, or astral.
    private static readonly Gen<string> s_scalar = Gen.OneOf(
        Gen.Choose(0, 0xD7FF),
        Gen.Choose(0xE000, 0xFFFF),
        Gen.Choose(0x10000, 0x10FFFF)).Select(char.ConvertFromUtf32);

    private static readonly Gen<string> s_text = Gen.Frequency(
            (4, s_fragment),
            (1, s_scalar),
            (1, Gen.Elements("a", "b", "x", "0", "-", ".", "_")))
        .ListOf()
        .Select(parts => string.Concat(parts));

    public static Gen<string> Text => s_text;

    public static Gen<StatusType> Types => Gen.Elements(Enum.GetValues<StatusType>());

    public static Gen<StatusParseStyles> Styles => Gen.Choose(0, 7).Select(i => (StatusParseStyles)i);

    public static Arbitrary<StatusText> StatusTextArbitrary() =>
        s_text.Select(s => new StatusText(s)).ToArbitrary();

    public static Arbitrary<StatusType> StatusTypeArbitrary() => Types.ToArbitrary();

    public static Arbitrary<StatusParseStyles> StylesArbitrary() => Styles.ToArbitrary();

    public static Arbitrary<StatusBytes> StatusBytesArbitrary() =>
        Gen.Frequency(
                (2, s_text.Select(s => Encoding.UTF8.GetBytes(s))),
                (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()),
                (1, Gen.Zip(s_text, Gen.Elements<byte>(0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF).ArrayOf())
                    .Select(t => Encoding.UTF8.GetBytes(t.Item1).Concat(t.Item2).ToArray())))
            .Select(b => new StatusBytes(b))
            .ToArbitrary();
}

/// <summary>Shows control and invisible characters in failure messages.</summary>
public static class Printable
{
    public static string Of(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is < 0x20 or (>= 0x7F and <= 0xA0) or (>= 0x2000 and <= 0x206F) or 0xFEFF || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format)
            {
                builder.Append($"\\u{rune.Value:x4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.Append('"').ToString();
    }
}

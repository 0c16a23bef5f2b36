using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text;

namespace ModelRunner.Status;

/// <summary>
/// The grammar over UTF-8 bytes, read as Go reads a string: bytes first. A
/// white-space character is a well-formed sequence that decodes to a
/// <see cref="Rune.IsWhiteSpace(Rune)"/> rune; ill-formed bytes are never white
/// space and never an error.
/// </summary>
internal readonly struct Utf8Encoding : ITextEncoding<byte>
{
    public static ReadOnlySpan<byte> WireName(StatusType type) => type.ToWireNameUtf8();

    public static ReadOnlySpan<byte> AllWireNamesAndSeparators => "Running: Error: Not Installed: Installing: "u8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> WireNameAndSeparator(StatusType type) => type switch
    {
        StatusType.Running => "Running: "u8,
        StatusType.Error => "Error: "u8,
        StatusType.NotInstalled => "Not Installed: "u8,
        _ => "Installing: "u8,
    };

    public static bool StartsWithWirePrefix(ReadOnlySpan<byte> text, int candidate) => WirePrefixes.Matches(text, candidate);

    public static ReadOnlySpan<byte> TextOf(DetailsText text) => text.ToUtf8();

    public static bool EqualsAscii(ReadOnlySpan<byte> text, ReadOnlySpan<byte> literal, bool ignoreCase) =>
        ignoreCase ? Ascii.EqualsIgnoreCase(text, literal) : text.SequenceEqual(literal);

    public static int WhiteSpaceLengthAt(ReadOnlySpan<byte> text, int index)
    {
        var first = text[index];
        if (first < 0x80)
        {
            return IsAsciiWhiteSpace(first) ? 1 : 0;
        }

        return Rune.DecodeFromUtf8(text[index..], out var rune, out var consumed) == OperationStatus.Done
            && Rune.IsWhiteSpace(rune) ? consumed : 0;
    }

    public static int WhiteSpaceLengthAtEnd(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var last = text[^1];
        if (last < 0x80)
        {
            return IsAsciiWhiteSpace(last) ? 1 : 0;
        }

        return Rune.DecodeLastFromUtf8(text, out var rune, out var consumed) == OperationStatus.Done
            && Rune.IsWhiteSpace(rune) ? consumed : 0;
    }

    // The ASCII members of Unicode's White_Space: tab, line feed, vertical tab, form feed, carriage return, space.
    private static bool IsAsciiWhiteSpace(byte b) => b == (byte)' ' || (uint)(b - '\t') <= '\r' - '\t';
}

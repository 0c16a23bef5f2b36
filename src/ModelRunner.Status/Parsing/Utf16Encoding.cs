using System.Runtime.CompilerServices;
using System.Text;

namespace ModelRunner.Status;

/// <summary>The grammar over UTF-16 chars. White space is <see cref="char.IsWhiteSpace(char)"/>, which has no character outside the BMP.</summary>
internal readonly struct Utf16Encoding : ITextEncoding<char>
{
    public static ReadOnlySpan<char> WireName(StatusType type) => type.ToWireName();

    public static ReadOnlySpan<char> AllWireNamesAndSeparators => "Running: Error: Not Installed: Installing: ";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> WireNameAndSeparator(StatusType type) => type switch
    {
        StatusType.Running => "Running: ",
        StatusType.Error => "Error: ",
        StatusType.NotInstalled => "Not Installed: ",
        _ => "Installing: ",
    };

    public static bool StartsWithWirePrefix(ReadOnlySpan<char> text, int candidate) => WirePrefixes.Matches(text, candidate);

    public static ReadOnlySpan<char> TextOf(DetailsText text) => text.ToText();

    public static bool EqualsAscii(ReadOnlySpan<char> text, ReadOnlySpan<byte> literal, bool ignoreCase) =>
        ignoreCase ? Ascii.EqualsIgnoreCase(text, literal) : Ascii.Equals(text, literal);

    public static int WhiteSpaceLengthAt(ReadOnlySpan<char> text, int index) => char.IsWhiteSpace(text[index]) ? 1 : 0;

    public static int WhiteSpaceLengthAtEnd(ReadOnlySpan<char> text) =>
        !text.IsEmpty && char.IsWhiteSpace(text[^1]) ? 1 : 0;
}

using System.Buffers;
using System.Globalization;
using System.Text;
using Wcwidth;

namespace ModelRunner.Status;

/// <summary>
/// A table cell as a terminal shows it. Characters that would act on the
/// terminal instead of being shown (C0 and C1 controls, DEL, bidirectional
/// controls, lone surrogates) are written as visible escapes, so a backend's
/// status cannot move the cursor, recolour the screen or reorder the text of
/// whoever reads the table: <c>\n</c>, <c>\r</c>, <c>\t</c> by name, other C0
/// controls and DEL as <c>\x1b</c>, the rest as <c>\u202e</c>. Widths are
/// terminal columns: East Asian wide characters count two, combining marks zero.
/// </summary>
internal static class TerminalCell
{
    private const string Hex = "0123456789abcdef";

    // Printable ASCII: shown as itself, one column a char. (ContainsAnyExceptInRange
    // would say the same, but allocates on each call on .NET 10.0.12.)
    private static readonly SearchValues<char> s_printableAscii = SearchValues.Create(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>
    /// Measures <paramref name="text"/> as shown, keeping whole graphemes (and
    /// whole escapes) within <paramref name="maxWidth"/> columns.
    /// </summary>
    /// <returns>The chars of <paramref name="text"/> kept, their length once escaped, and their width.</returns>
    public static (int Kept, int Length, int Width) Measure(ReadOnlySpan<char> text, int maxWidth = int.MaxValue)
    {
        // Printable ASCII, most cells: one column a char, nothing to escape, no grapheme longer than a char.
        if (!text.ContainsAnyExcept(s_printableAscii))
        {
            var kept = Math.Min(text.Length, Math.Max(0, maxWidth));
            return (kept, kept, kept);
        }

        int length = 0, width = 0, position = 0;
        while (position < text.Length)
        {
            var element = text.Slice(position, StringInfo.GetNextTextElementLength(text[position..]));
            int elementLength = 0, elementWidth = 0;
            for (var i = 0; i < element.Length;)
            {
                var (consumed, shownLength, shownWidth) = Unit(element[i..]);
                elementLength += shownLength;
                elementWidth += shownWidth;
                i += consumed;
            }

            if (width + elementWidth > maxWidth)
            {
                break;
            }

            length += elementLength;
            width += elementWidth;
            position += element.Length;
        }

        return (position, length, width);
    }

    /// <summary>Writes <paramref name="text"/> as shown, escapes and all; returns the chars written.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (!text.ContainsAnyExcept(s_printableAscii))
        {
            text.CopyTo(destination);
            return text.Length;
        }

        var written = 0;
        for (var position = 0; position < text.Length;)
        {
            var (consumed, shownLength, _) = Unit(text[position..]);
            if (shownLength == consumed)
            {
                text.Slice(position, consumed).CopyTo(destination[written..]);
            }
            else
            {
                WriteEscape(text[position], destination.Slice(written, shownLength));
            }

            written += shownLength;
            position += consumed;
        }

        return written;
    }

    /// <summary>The next code point of <paramref name="text"/>: the chars it takes, and the length and width it is shown with.</summary>
    private static (int Consumed, int Length, int Width) Unit(ReadOnlySpan<char> text)
    {
        var escape = EscapeLength(text);
        if (escape > 0)
        {
            return (1, escape, escape);
        }

        Rune.DecodeFromUtf16(text, out var rune, out var consumed);
        return (consumed, consumed, Math.Max(0, UnicodeCalculator.GetWidth(rune)));
    }

    // 0 when the first code point is shown as itself; otherwise the length of its escape.
    private static int EscapeLength(ReadOnlySpan<char> text)
    {
        var c = text[0];
        return c switch
        {
            '\n' or '\r' or '\t' => 2,
            < ' ' or '\u007F' => 4,
            (>= '\u0080' and <= '\u009F') or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => 6,
            >= '\uD800' and <= '\uDFFF' => text.Length >= 2 && char.IsSurrogatePair(c, text[1]) ? 0 : 6,
            _ => 0,
        };
    }

    private static void WriteEscape(char c, Span<char> destination)
    {
        destination[0] = '\\';
        switch (destination.Length)
        {
            case 2:
                destination[1] = c switch { '\n' => 'n', '\r' => 'r', _ => 't' };
                break;
            case 4:
                destination[1] = 'x';
                destination[2] = Hex[c >> 4];
                destination[3] = Hex[c & 0xF];
                break;
            default:
                destination[1] = 'u';
                destination[2] = Hex[c >> 12];
                destination[3] = Hex[(c >> 8) & 0xF];
                destination[4] = Hex[(c >> 4) & 0xF];
                destination[5] = Hex[c & 0xF];
                break;
        }
    }
}

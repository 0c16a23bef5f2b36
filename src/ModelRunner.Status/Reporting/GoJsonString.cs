using System.Buffers;
using System.Text;

namespace ModelRunner.Status;

/// <summary>
/// JSON strings as Go's <c>encoding/json</c> writes and reads them, so that
/// <see cref="BackendStatusReport.ToJson()"/> is byte for byte what
/// <c>/engines/status</c> would send, and bodies are read as Go reads them.
/// </summary>
internal static class GoJsonString
{
    private const string Hex = "0123456789abcdef";

    /// <summary>
    /// Writes <paramref name="value"/> quoted, escaping as Go does with HTML
    /// escaping on (its default): <c>\"</c>, <c>\\</c>, <c>\b \f \n \r \t</c>,
    /// other controls as <c>\u00XX</c>, <c>&lt; &gt; &amp;</c> as
    /// <c>\u003c \u003e \u0026</c>, U+2028 and U+2029 escaped, and a lone
    /// surrogate (which UTF-8 cannot hold) as <c>\ufffd</c>.
    /// </summary>
    public static void Write(IBufferWriter<byte> output, string value)
    {
        // Worst case: every char of the string becomes 6 bytes.
        var span = output.GetSpan(checked(value.Length * 6 + 2));
        var written = 0;
        span[written++] = (byte)'"';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                written += WriteAscii(span[written..], c);
            }
            else if (c is '\u2028' or '\u2029')
            {
                written += WriteUnicodeEscape(span[written..], c);
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    written += new Rune(c, value[i + 1]).EncodeToUtf8(span[written..]);
                    i++;
                }
                else
                {
                    written += WriteUnicodeEscape(span[written..], '\uFFFD');
                }
            }
            else
            {
                written += new Rune(c).EncodeToUtf8(span[written..]);
            }
        }

        span[written++] = (byte)'"';
        output.Advance(written);
    }

    private static int WriteAscii(Span<byte> destination, char c)
    {
        switch (c)
        {
            case '"' or '\\':
                destination[0] = (byte)'\\';
                destination[1] = (byte)c;
                return 2;
            case '\b': return Short(destination, 'b');
            case '\f': return Short(destination, 'f');
            case '\n': return Short(destination, 'n');
            case '\r': return Short(destination, 'r');
            case '\t': return Short(destination, 't');
            case < ' ' or '<' or '>' or '&':
                return WriteUnicodeEscape(destination, c);
            default:
                destination[0] = (byte)c;
                return 1;
        }

        static int Short(Span<byte> destination, char name)
        {
            destination[0] = (byte)'\\';
            destination[1] = (byte)name;
            return 2;
        }
    }

    private static int WriteUnicodeEscape(Span<byte> destination, char c)
    {
        destination[0] = (byte)'\\';
        destination[1] = (byte)'u';
        destination[2] = (byte)Hex[c >> 12];
        destination[3] = (byte)Hex[(c >> 8) & 0xF];
        destination[4] = (byte)Hex[(c >> 4) & 0xF];
        destination[5] = (byte)Hex[c & 0xF];
        return 6;
    }

    /// <summary>
    /// Unescapes the raw bytes of a JSON string token that
    /// <see cref="System.Text.Json.Utf8JsonReader"/> has already checked for
    /// well-formed escapes, into UTF-8. As in Go, bytes that are not valid
    /// UTF-8 are kept for the decoder to replace, and an escaped lone surrogate
    /// becomes U+FFFD; nothing here fails.
    /// </summary>
    /// <returns>The number of bytes written; never more than <paramref name="escaped"/>'s length.</returns>
    public static int Unescape(ReadOnlySpan<byte> escaped, Span<byte> destination)
    {
        var written = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            var backslash = escaped[i..].IndexOf((byte)'\\');
            if (backslash < 0)
            {
                escaped[i..].CopyTo(destination[written..]);
                return written + escaped.Length - i;
            }

            escaped.Slice(i, backslash).CopyTo(destination[written..]);
            written += backslash;
            i += backslash + 1;
            var kind = escaped[i++];
            if (kind != (byte)'u')
            {
                destination[written++] = kind switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    _ => kind, // '"', '\\' and '/' stand for themselves.
                };
                continue;
            }

            var unit = ReadHex4(escaped.Slice(i, 4));
            i += 4;
            Rune rune;
            if (char.IsHighSurrogate((char)unit) && i + 6 <= escaped.Length && escaped[i] == (byte)'\\' && escaped[i + 1] == (byte)'u'
                && char.IsLowSurrogate((char)ReadHex4(escaped.Slice(i + 2, 4))))
            {
                rune = new Rune((char)unit, (char)ReadHex4(escaped.Slice(i + 2, 4)));
                i += 6;
            }
            else
            {
                rune = Rune.IsValid(unit) ? new Rune(unit) : Rune.ReplacementChar;
            }

            written += rune.EncodeToUtf8(destination[written..]);
        }

        return written;
    }

    private static int ReadHex4(ReadOnlySpan<byte> hex)
    {
        var value = 0;
        foreach (var digit in hex)
        {
            value = (value << 4) | digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                _ => digit - 'A' + 10,
            };
        }

        return value;
    }
}

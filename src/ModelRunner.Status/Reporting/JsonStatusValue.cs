using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ModelRunner.Status;

/// <summary>
/// Reads the string token under a <see cref="Utf8JsonReader"/> as Go does:
/// escapes undone, invalid UTF-8 and lone surrogates replaced by U+FFFD,
/// never an exception. Statuses are parsed straight from the UTF-8.
/// </summary>
internal static class JsonStatusValue
{
    public static string ReadString(in Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }

        using var value = new Unescaped(in reader, stackalloc byte[256]);
        return Encoding.UTF8.GetString(value.Span);
    }

    public static BackendStatus ReadStatus(in Utf8JsonReader reader, StatusParseStyles styles)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return BackendStatus.Parse(reader.ValueSpan, styles);
        }

        using var value = new Unescaped(in reader, stackalloc byte[256]);
        return BackendStatus.Parse(value.Span, styles);
    }

    /// <summary>The token's unescaped UTF-8, in a stack buffer or, when it is larger, a pooled one.</summary>
    private ref struct Unescaped
    {
        private byte[]? _rented;

        public Unescaped(in Utf8JsonReader reader, Span<byte> scratch)
        {
            var length = checked((int)(reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length));
            // Raw and unescaped text share one buffer: unescaping never lengthens text, and it reads ahead of where it writes.
            var buffer = length <= scratch.Length ? scratch : (_rented = ArrayPool<byte>.Shared.Rent(length));
            ReadOnlySpan<byte> raw;
            if (reader.HasValueSequence)
            {
                reader.ValueSequence.CopyTo(buffer);
                raw = buffer[..length];
            }
            else
            {
                raw = reader.ValueSpan;
            }

            Span = buffer[..(reader.ValueIsEscaped ? GoJsonString.Unescape(raw, buffer) : CopyTo(raw, buffer))];
        }

        public Span<byte> Span { get; }

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
                _rented = null;
            }
        }

        private static int CopyTo(ReadOnlySpan<byte> raw, Span<byte> buffer)
        {
            raw.CopyTo(buffer);
            return raw.Length;
        }
    }
}

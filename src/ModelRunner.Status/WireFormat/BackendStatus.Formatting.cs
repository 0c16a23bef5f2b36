using System.Text;
using System.Text.Unicode;

namespace ModelRunner.Status;

public readonly partial struct BackendStatus : ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>
    /// The canonical wire form: <c>Running</c>, or <c>Running: llama.cpp c55bce4</c>.
    /// With no details this is the wire-name constant and allocates nothing.
    /// </summary>
    public override string ToString()
    {
        var details = Details;
        if (details.Length == 0)
        {
            return Type.ToWireName();
        }

        return string.Create(GetFormattedLength(), this, static (destination, status) =>
            StatusFormatter.TryFormat(status.Type, status.Details, destination, out _));
    }

    /// <summary>The canonical wire form; <paramref name="format"/> must be <see langword="null"/>, empty or <c>"G"</c>.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        ThrowIfUnknownFormat(format);
        return ToString();
    }

    /// <summary>The length in chars of <see cref="ToString()"/>.</summary>
    public int GetFormattedLength() => StatusFormatter.GetFormattedLength(Type, Details.Length);

    /// <summary>The length in bytes of the UTF-8 wire form (a lone surrogate in the details counts as the 3 bytes of U+FFFD, which replaces it).</summary>
    public int GetFormattedUtf8Length() => StatusFormatter.GetFormattedLength(Type, Encoding.UTF8.GetByteCount(Details));

    /// <summary>Writes the canonical wire form into <paramref name="destination"/> without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many chars were written; 0 on failure.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored: the wire form does not depend on culture.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        ThrowIfUnknownFormat(format);
        return StatusFormatter.TryFormat(Type, Details, destination, out charsWritten);
    }

    /// <summary>
    /// Writes the canonical wire form as UTF-8 into <paramref name="utf8Destination"/>
    /// without allocating. A lone surrogate in the details is written as U+FFFD,
    /// since UTF-8 cannot hold it.
    /// </summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 on failure.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored: the wire form does not depend on culture.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        ThrowIfUnknownFormat(format);
        var details = Details;
        var head = details.Length == 0 ? Type.ToWireNameUtf8() : Utf8Encoding.WireNameAndSeparator(Type);
        if (utf8Destination.Length < head.Length + details.Length
            || !head.TryCopyTo(utf8Destination)
            || Utf8.FromUtf16(details, utf8Destination[head.Length..], out _, out var detailsWritten) != System.Buffers.OperationStatus.Done)
        {
            bytesWritten = 0;
            return false;
        }

        bytesWritten = head.Length + detailsWritten;
        return true;
    }

    private static void ThrowIfUnknownFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException($"'{format}' is not a BackendStatus format: use \"G\" or none for the wire form.");
        }
    }
}

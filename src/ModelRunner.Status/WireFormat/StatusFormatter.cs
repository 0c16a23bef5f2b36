namespace ModelRunner.Status;

/// <summary>
/// Writes the canonical wire form, the wire name alone or the wire name,
/// <c>": "</c> and the details, into a caller's buffer, as the Go
/// <c>FormatStatus</c> does. Details are written as given.
/// </summary>
public static class StatusFormatter
{
    /// <summary>
    /// The exact length of the wire form of <paramref name="type"/> with details
    /// of <paramref name="detailsLength"/> units: chars for UTF-16 details,
    /// bytes for UTF-8 details (wire names are ASCII, so both count alike).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is undefined or <paramref name="detailsLength"/> is negative.</exception>
    public static int GetFormattedLength(StatusType type, int detailsLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(detailsLength);
        var nameLength = type.ToWireNameUtf8().Length;
        return detailsLength == 0 ? nameLength : checked(nameLength + WireNames.Separator.Length + detailsLength);
    }

    /// <summary>Writes the wire form into <paramref name="destination"/>.</summary>
    /// <returns><see langword="false"/>, with <paramref name="charsWritten"/> 0, when <paramref name="destination"/> is too small; nothing is written past its end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is undefined.</exception>
    public static bool TryFormat(StatusType type, ReadOnlySpan<char> details, Span<char> destination, out int charsWritten) =>
        TryWrite<char, Utf16Encoding>(type, details, destination, out charsWritten);

    /// <summary>Writes the wire form as UTF-8 into <paramref name="destination"/>; <paramref name="utf8Details"/> are copied byte for byte.</summary>
    /// <returns><see langword="false"/>, with <paramref name="bytesWritten"/> 0, when <paramref name="destination"/> is too small; nothing is written past its end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is undefined.</exception>
    public static bool TryFormat(StatusType type, ReadOnlySpan<byte> utf8Details, Span<byte> destination, out int bytesWritten) =>
        TryWrite<byte, Utf8Encoding>(type, utf8Details, destination, out bytesWritten);

    /// <summary>The wire form as a new string (the wire name itself, not a copy, when <paramref name="details"/> is empty).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is undefined.</exception>
    public static string Format(StatusType type, ReadOnlySpan<char> details)
    {
        if (details.IsEmpty)
        {
            return type.ToWireName();
        }

        var length = GetFormattedLength(type, details.Length);
        var buffer = length <= 256 ? stackalloc char[length] : new char[length];
        TryFormat(type, details, buffer, out _);
        return new string(buffer);
    }

    /// <summary>Writes the wire name, and then <c>": "</c> and the details if there are any.</summary>
    internal static bool TryWrite<TUnit, TEncoding>(StatusType type, ReadOnlySpan<TUnit> details, Span<TUnit> destination, out int written)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        StatusTypeExtensions.ThrowIfUndefined(type);
        var head = details.IsEmpty ? TEncoding.WireName(type) : TEncoding.WireNameAndSeparator(type);
        if (destination.Length < head.Length + details.Length)
        {
            written = 0;
            return false;
        }

        head.CopyTo(destination);
        details.CopyTo(destination[head.Length..]);
        written = head.Length + details.Length;
        return true;
    }
}

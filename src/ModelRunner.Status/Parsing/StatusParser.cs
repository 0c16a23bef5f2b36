using System.Runtime.CompilerServices;

namespace ModelRunner.Status;

/// <summary>
/// Allocation-free parsing of status text held in spans: UTF-16
/// (<see cref="ReadOnlySpan{T}"/> of <see cref="char"/>) or UTF-8
/// (<see cref="ReadOnlySpan{T}"/> of <see cref="byte"/>). The string faces on
/// <see cref="BackendStatus"/> stand on the same parser, so every entry point
/// gives the same answer for the same text.
/// </summary>
/// <remarks>
/// <para>
/// Strict parsing (the default) is Docker Model Runner's Go <c>ParseStatus</c>:
/// <c>""</c> is <see cref="StatusType.NotInstalled"/> with no details; a wire
/// name alone is that type with no details; a wire name followed by
/// <c>": "</c> is that type with the rest as details, unchanged; anything else
/// is <see cref="StatusType.Error"/> with the whole text as details. The other
/// <see cref="StatusParseStyles"/> add readings, never change one.
/// </para>
/// <para>
/// <c>details</c> is a slice of the input, except where a legacy rule replaces
/// the text: then it is a constant detail text (nothing allocated) or, for the
/// few rules that compose details from parts of the input (such as
/// <c>running MLX version: 0.20.0</c>, which becomes <c>MLX 0.20.0</c>), a new
/// buffer allocated once. <see cref="ParseType(ReadOnlySpan{char}, StatusParseStyles)"/>
/// classifies without ever allocating.
/// </para>
/// <para>
/// These methods never throw for any text. UTF-8 input need not be valid:
/// it is read byte by byte as Go reads a string, so ill-formed bytes are kept
/// in the details as they are. An undefined <see cref="StatusParseStyles"/>
/// bit is an <see cref="ArgumentException"/>.
/// </para>
/// </remarks>
public static class StatusParser
{
    /// <summary>Parses <paramref name="status"/>; text no rule recognizes is <see cref="StatusType.Error"/> with the whole text as details.</summary>
    /// <param name="status">The status text.</param>
    /// <param name="details">The details, usually a slice of <paramref name="status"/>; empty when there are none.</param>
    /// <param name="styles">Readings to allow beyond the strict wire form.</param>
    /// <returns>The status type.</returns>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StatusType Parse(ReadOnlySpan<char> status, out ReadOnlySpan<char> details, StatusParseStyles styles = StatusParseStyles.Strict) =>
        Parse<char, Utf16Encoding>(status, out details, styles);

    /// <summary>Parses <paramref name="status"/> and says whether a rule recognized it.</summary>
    /// <param name="status">The status text.</param>
    /// <param name="type">The status type; when the text is not recognized, <see cref="StatusType.Error"/>.</param>
    /// <param name="details">The details; when the text is not recognized, the whole of <paramref name="status"/>, which is what <see cref="Parse(ReadOnlySpan{char}, out ReadOnlySpan{char}, StatusParseStyles)"/> answers.</param>
    /// <param name="styles">Readings to allow beyond the strict wire form.</param>
    /// <returns><see langword="true"/> when the text is a status under <paramref name="styles"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static bool TryParse(ReadOnlySpan<char> status, out StatusType type, out ReadOnlySpan<char> details, StatusParseStyles styles = StatusParseStyles.Strict) =>
        TryParse<char, Utf16Encoding>(status, out type, out details, styles);

    /// <summary>Parses UTF-8 <paramref name="utf8Status"/>, which need not be valid UTF-8; text no rule recognizes is <see cref="StatusType.Error"/> with the whole text as details.</summary>
    /// <param name="utf8Status">The status text as UTF-8 bytes.</param>
    /// <param name="details">The details as UTF-8, usually a slice of <paramref name="utf8Status"/>; empty when there are none.</param>
    /// <param name="styles">Readings to allow beyond the strict wire form.</param>
    /// <returns>The status type.</returns>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StatusType Parse(ReadOnlySpan<byte> utf8Status, out ReadOnlySpan<byte> details, StatusParseStyles styles = StatusParseStyles.Strict) =>
        Parse<byte, Utf8Encoding>(utf8Status, out details, styles);

    /// <summary>Parses UTF-8 <paramref name="utf8Status"/>, which need not be valid UTF-8, and says whether a rule recognized it.</summary>
    /// <param name="utf8Status">The status text as UTF-8 bytes.</param>
    /// <param name="type">The status type; when the text is not recognized, <see cref="StatusType.Error"/>.</param>
    /// <param name="details">The details as UTF-8; when the text is not recognized, the whole of <paramref name="utf8Status"/>.</param>
    /// <param name="styles">Readings to allow beyond the strict wire form.</param>
    /// <returns><see langword="true"/> when the text is a status under <paramref name="styles"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static bool TryParse(ReadOnlySpan<byte> utf8Status, out StatusType type, out ReadOnlySpan<byte> details, StatusParseStyles styles = StatusParseStyles.Strict) =>
        TryParse<byte, Utf8Encoding>(utf8Status, out type, out details, styles);

    /// <summary>Classifies <paramref name="status"/> without reading out its details; never allocates, under any style.</summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static StatusType ParseType(ReadOnlySpan<char> status, StatusParseStyles styles = StatusParseStyles.Strict)
    {
        styles.ThrowIfInvalid();
        return StatusGrammar.Match<char, Utf16Encoding>(status, styles).Type;
    }

    /// <summary>Classifies UTF-8 <paramref name="utf8Status"/> without reading out its details; never allocates, under any style.</summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static StatusType ParseType(ReadOnlySpan<byte> utf8Status, StatusParseStyles styles = StatusParseStyles.Strict)
    {
        styles.ThrowIfInvalid();
        return StatusGrammar.Match<byte, Utf8Encoding>(utf8Status, styles).Type;
    }

    // The hot path, whole here so it inlines: valid styles and text in the wire form.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static StatusType Parse<TUnit, TEncoding>(ReadOnlySpan<TUnit> status, out ReadOnlySpan<TUnit> details, StatusParseStyles styles)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        if (styles.IsValid() && StatusGrammar.TryMatchStrict<TUnit, TEncoding>(status, out var type, out var detailsStart))
        {
            details = status[detailsStart..];
            return type;
        }

        TryParse<TUnit, TEncoding>(status, out type, out details, styles);
        return type;
    }

    private static bool TryParse<TUnit, TEncoding>(ReadOnlySpan<TUnit> status, out StatusType type, out ReadOnlySpan<TUnit> details, StatusParseStyles styles)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        styles.ThrowIfInvalid();
        if (StatusGrammar.TryMatchStrict<TUnit, TEncoding>(status, out type, out var detailsStart))
        {
            details = status[detailsStart..];
            return true;
        }

        if (styles == StatusParseStyles.Strict)
        {
            details = status;
            return false;
        }

        var match = StatusGrammar.MatchStyled<TUnit, TEncoding>(status, styles);
        type = match.Type;
        details = DetailsOf<TUnit, TEncoding>(status, match);
        return match.IsRecognized;
    }

    private static ReadOnlySpan<TUnit> DetailsOf<TUnit, TEncoding>(ReadOnlySpan<TUnit> status, StatusMatch match)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        if (match.IsSlice)
        {
            return status.Slice(match.First.Start, match.First.Length);
        }

        if (match.IsConstant)
        {
            return TEncoding.TextOf(match.Prefix);
        }

        var composed = new TUnit[match.DetailsLength];
        match.WriteDetails(status, composed);
        return composed;
    }
}

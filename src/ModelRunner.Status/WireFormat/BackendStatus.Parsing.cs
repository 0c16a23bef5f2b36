using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ModelRunner.Status;

public readonly partial struct BackendStatus : ISpanParsable<BackendStatus>, IUtf8SpanParsable<BackendStatus>
{
    /// <summary>
    /// Parses <paramref name="status"/> exactly as the Go <c>ParseStatus</c> does.
    /// Never fails: <see langword="null"/> and <c>""</c> are <c>Not Installed</c>,
    /// and text that is not a status is <c>Error</c> with the whole text as details.
    /// </summary>
    public static BackendStatus Parse(string? status) => Parse(status, StatusParseStyles.Strict);

    /// <summary>
    /// Parses <paramref name="status"/> under <paramref name="styles"/>. Never fails:
    /// text no rule recognizes is <c>Error</c> with the whole text, unchanged, as details.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static BackendStatus Parse(string? status, StatusParseStyles styles)
    {
        TryParse(status, styles, out var result);
        return result;
    }

    /// <summary>Parses <paramref name="status"/> under <paramref name="styles"/>; never fails (see <see cref="Parse(string?, StatusParseStyles)"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static BackendStatus Parse(ReadOnlySpan<char> status, StatusParseStyles styles = StatusParseStyles.Strict)
    {
        TryParse(status, styles, out var result);
        return result;
    }

    /// <summary>
    /// Parses UTF-8 <paramref name="utf8Status"/> under <paramref name="styles"/>; never
    /// fails. Ill-formed UTF-8 is classified by its bytes, as Go does, and
    /// decoded into <see cref="Details"/> with U+FFFD in place of each bad sequence.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static BackendStatus Parse(ReadOnlySpan<byte> utf8Status, StatusParseStyles styles = StatusParseStyles.Strict)
    {
        TryParse(utf8Status, styles, out var result);
        return result;
    }

    /// <summary>Parses <paramref name="status"/> strictly and says whether it is in the wire form.</summary>
    /// <param name="status">The text; <see langword="null"/> reads as <c>""</c>, which is <c>Not Installed</c>.</param>
    /// <param name="result">The status; when the text is not recognized, <c>Error</c> with the whole text as details, as <see cref="Parse(string?)"/> answers.</param>
    /// <returns><see langword="true"/> when the text is <c>""</c>, a wire name, or a wire name, <c>": "</c> and details.</returns>
    public static bool TryParse([NotNullWhen(true)] string? status, out BackendStatus result) =>
        TryParse(status, StatusParseStyles.Strict, out result);

    /// <summary>Parses <paramref name="status"/> under <paramref name="styles"/> and says whether a rule recognized it.</summary>
    /// <param name="status">The text; <see langword="null"/> reads as <c>""</c>.</param>
    /// <param name="styles">Readings to allow beyond the strict wire form.</param>
    /// <param name="result">The status; when the text is not recognized, <c>Error</c> with the whole text as details.</param>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static bool TryParse([NotNullWhen(true)] string? status, StatusParseStyles styles, out BackendStatus result)
    {
        styles.ThrowIfInvalid();
        var text = status ?? "";
        var match = StatusGrammar.Match<char, Utf16Encoding>(text, styles);
        result = new BackendStatus(match.Type, DetailsOf(text, match));
        return match.IsRecognized;
    }

    /// <summary>Parses <paramref name="status"/> under <paramref name="styles"/> and says whether a rule recognized it.</summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static bool TryParse(ReadOnlySpan<char> status, StatusParseStyles styles, out BackendStatus result)
    {
        styles.ThrowIfInvalid();
        var match = StatusGrammar.Match<char, Utf16Encoding>(status, styles);
        result = new BackendStatus(match.Type, Compose(status, match));
        return match.IsRecognized;
    }

    /// <summary>Parses UTF-8 <paramref name="utf8Status"/> under <paramref name="styles"/> and says whether a rule recognized it.</summary>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static bool TryParse(ReadOnlySpan<byte> utf8Status, StatusParseStyles styles, out BackendStatus result)
    {
        styles.ThrowIfInvalid();
        var match = StatusGrammar.Match<byte, Utf8Encoding>(utf8Status, styles);
        result = new BackendStatus(match.Type, Compose(utf8Status, match));
        return match.IsRecognized;
    }

    /// <summary>
    /// The canonical text of <paramref name="status"/> read under
    /// <see cref="StatusParseStyles.Lenient"/>: <c>running vllm version: 0.8.1</c>
    /// becomes <c>Running: vllm 0.8.1</c>. Text that is already canonical comes
    /// back as the same instance, with nothing allocated. Never fails: text no
    /// rule recognizes becomes <c>Error: </c> followed by the text.
    /// </summary>
    public static string Normalize(string? status)
    {
        if (status is null)
        {
            return WireNames.NotInstalled;
        }

        StatusMatch match;
        if (StatusGrammar.TryMatchStrict<char, Utf16Encoding>(status, out var type, out var detailsStart))
        {
            // A strict match is the wire name and its details as given, so it is
            // canonical unless it is "" or a name followed by ": " and nothing.
            if (StatusFormatter.GetFormattedLength(type, status.Length - detailsStart) == status.Length)
            {
                return status;
            }

            match = StatusMatch.Slice(type, detailsStart, status.Length - detailsStart);
        }
        else
        {
            match = StatusGrammar.MatchStyled<char, Utf16Encoding>(status, StatusParseStyles.Lenient);
        }

        var detailsLength = match.DetailsLength;
        if (detailsLength == 0)
        {
            return match.Type.ToWireName();
        }

        return string.Create(StatusFormatter.GetFormattedLength(match.Type, detailsLength), (status, match), static (destination, state) =>
        {
            var head = Utf16Encoding.WireNameAndSeparator(state.match.Type);
            head.CopyTo(destination);
            state.match.WriteDetails<char>(state.status, destination[head.Length..]);
        });
    }

    static BackendStatus IParsable<BackendStatus>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<BackendStatus>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out BackendStatus result) =>
        TryParse(s, out result);

    static BackendStatus ISpanParsable<BackendStatus>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<BackendStatus>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out BackendStatus result) =>
        TryParse(s, StatusParseStyles.Strict, out result);

    static BackendStatus IUtf8SpanParsable<BackendStatus>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text);

    static bool IUtf8SpanParsable<BackendStatus>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out BackendStatus result) =>
        TryParse(utf8Text, StatusParseStyles.Strict, out result);

    /// <summary>The details of a match over a string, reusing the string (or a constant) where the details are all of it.</summary>
    private static string DetailsOf(string text, in StatusMatch match)
    {
        if (match.IsSlice && match.First.Length == text.Length)
        {
            return text;
        }

        return Compose(text, match);
    }

    private static string Compose(ReadOnlySpan<char> text, in StatusMatch match)
    {
        if (match.IsConstant)
        {
            return match.Prefix.ToText();
        }

        var length = match.DetailsLength;
        if (length == 0)
        {
            return "";
        }

        if (match.IsSlice)
        {
            return new string(text.Slice(match.First.Start, length));
        }

        var buffer = length <= 256 ? stackalloc char[length] : new char[length];
        match.WriteDetails(text, buffer);
        return new string(buffer);
    }

    private static string Compose(ReadOnlySpan<byte> utf8Text, in StatusMatch match)
    {
        if (match.IsConstant)
        {
            return match.Prefix.ToText();
        }

        var length = match.DetailsLength;
        if (length == 0)
        {
            return "";
        }

        if (match.IsSlice)
        {
            return Encoding.UTF8.GetString(utf8Text.Slice(match.First.Start, length));
        }

        var buffer = length <= 256 ? stackalloc byte[length] : new byte[length];
        match.WriteDetails(utf8Text, buffer);
        return Encoding.UTF8.GetString(buffer);
    }
}

using System.Runtime.CompilerServices;

namespace ModelRunner.Status;

/// <summary>
/// The one parser every entry point stands on. It never throws and never
/// allocates: it reads code units and says where the details are (see
/// <see cref="StatusMatch"/>). Styles are validated by the callers.
/// </summary>
internal static class StatusGrammar
{
    public static StatusMatch Match<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, StatusParseStyles styles)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        return TryMatchStrict<TUnit, TEncoding>(text, out var match) ? match : MatchStyled<TUnit, TEncoding>(text, styles);
    }

    /// <summary>The readings <paramref name="styles"/> add, for text strict parsing does not recognize.</summary>
    public static StatusMatch MatchStyled<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, StatusParseStyles styles)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        StatusMatch match;
        if (styles == StatusParseStyles.Strict)
        {
            return StatusMatch.Unrecognized(text.Length);
        }

        var ignoreCase = (styles & StatusParseStyles.IgnoreCase) != 0;
        var start = 0;
        var end = text.Length;
        if ((styles & StatusParseStyles.AllowWhiteSpace) != 0)
        {
            start = SkipWhiteSpace<TUnit, TEncoding>(text, 0);
            end = start + TrimEnd<TUnit, TEncoding>(text[start..]).Length;
            if (start == end)
            {
                return StatusMatch.Slice(StatusType.NotInstalled, start, 0);
            }

            if (TryMatchSpaced<TUnit, TEncoding>(text, start, end, ignoreCase, out match))
            {
                return match;
            }
        }
        else if (ignoreCase && TryMatchFolded<TUnit, TEncoding>(text, out match))
        {
            return match;
        }

        if ((styles & StatusParseStyles.Legacy) != 0
            && !HasStandardShape<TUnit, TEncoding>(text[start..end], ignoreCase)
            && LegacyRules.TryMatch<TUnit, TEncoding>(text, start, end, ignoreCase, out match))
        {
            return match;
        }

        return StatusMatch.Unrecognized(text.Length);
    }

    /// <summary>
    /// Go's <c>ParseStatus</c>, steps 1 and 2: the details, when recognized, are
    /// the rest of the text from <paramref name="detailsStart"/>. The wire names
    /// start with four different letters, so the first unit picks the only name
    /// that can match, and the order Go tries them in cannot change the answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMatchStrict<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, out StatusType type, out int detailsStart)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        if (text.IsEmpty)
        {
            type = StatusType.NotInstalled;
            detailsStart = 0;
            return true;
        }

        // Table-driven, so that random text costs one unpredictable branch, not
        // one per wire name: the first unit picks the only name that can match.
        var first = uint.CreateTruncating(text[0]);
        var candidate = first < (uint)TypeByFirstUnit.Length ? TypeByFirstUnit[(int)first] : NoType;
        if (candidate != NoType && text.Length >= WirePrefixes.Width)
        {
            // Long enough for one masked vector comparison of the whole prefix
            // (too long to be a bare name): most statuses with details.
            if (TEncoding.StartsWithWirePrefix(text, candidate))
            {
                type = (StatusType)candidate;
                detailsStart = PrefixLengths[candidate];
                return true;
            }
        }
        else if (candidate != NoType)
        {
            var prefixLength = (int)PrefixLengths[candidate];
            var compared = Math.Min(text.Length, prefixLength);
            if ((compared == prefixLength || compared == prefixLength - 2)
                && text[..compared].SequenceEqual(TEncoding.AllWireNamesAndSeparators.Slice(PrefixStarts[candidate], compared)))
            {
                type = (StatusType)candidate;
                detailsStart = compared;
                return true;
            }
        }

        type = StatusType.Error;
        detailsStart = 0;
        return false;
    }

    private const byte NoType = 0xFF;

    // The type whose wire name starts with a given ASCII unit: E, I, N, R.
    private static ReadOnlySpan<byte> TypeByFirstUnit =>
    [
        NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType,
        NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType,
        NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType,
        NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType, NoType,
        NoType, NoType, NoType, NoType, NoType, 1 /* E */, NoType, NoType, NoType, 3 /* I */, NoType, NoType, NoType, NoType, 2 /* N */, NoType,
        NoType, NoType, 0 /* R */,
    ];

    // Where each type's "name: " starts in ITextEncoding.AllWireNamesAndSeparators, and how long it is.
    private static ReadOnlySpan<byte> PrefixStarts => [0, 9, 16, 31];

    private static ReadOnlySpan<byte> PrefixLengths => [9, 7, 15, 12];

    /// <summary><see cref="TryMatchStrict{TUnit, TEncoding}(ReadOnlySpan{TUnit}, out StatusType, out int)"/> as a match.</summary>
    private static bool TryMatchStrict<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, out StatusMatch match)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        var recognized = TryMatchStrict<TUnit, TEncoding>(text, out var type, out var detailsStart);
        match = recognized ? StatusMatch.Slice(type, detailsStart, text.Length - detailsStart) : default;
        return recognized;
    }

    /// <summary>The wire form with ASCII case folded: a name, then nothing or <c>": "</c> and the details as given.</summary>
    private static bool TryMatchFolded<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, out StatusMatch match)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        foreach (var type in WireNames.All)
        {
            var name = type.ToWireNameUtf8();
            if (text.Length < name.Length || !TEncoding.EqualsAscii(text[..name.Length], name, ignoreCase: true))
            {
                continue;
            }

            if (text.Length == name.Length)
            {
                match = StatusMatch.Slice(type, name.Length, 0);
                return true;
            }

            if (text.Length >= name.Length + 2 && IsAscii(text[name.Length], ':') && IsAscii(text[name.Length + 1], ' '))
            {
                match = StatusMatch.Slice(type, name.Length + 2, text.Length - name.Length - 2);
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The wire form with white space allowed, in the trimmed text
    /// <c>text[start..end]</c>: a name (with any white space between
    /// <c>Not</c> and <c>Installed</c>) that ends at the end or at optional white
    /// space and a colon; the details after the colon, trimmed.
    /// </summary>
    private static bool TryMatchSpaced<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, int start, int end, bool ignoreCase, out StatusMatch match)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        var trimmed = text[start..end];
        foreach (var type in WireNames.All)
        {
            var nameLength = MatchSpacedName<TUnit, TEncoding>(trimmed, type, ignoreCase);
            if (nameLength < 0)
            {
                continue;
            }

            if (nameLength == trimmed.Length)
            {
                match = StatusMatch.Slice(type, end, 0);
                return true;
            }

            var colon = SkipWhiteSpace<TUnit, TEncoding>(trimmed, nameLength);
            if (colon < trimmed.Length && IsAscii(trimmed[colon], ':'))
            {
                var details = SkipWhiteSpace<TUnit, TEncoding>(trimmed, colon + 1);
                match = StatusMatch.Slice(type, start + details, trimmed.Length - details);
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// Whether the text starts as the standard format does: a wire name, optional
    /// white space, a colon. Such text is a status written (or mistyped) in the
    /// standard format, never a legacy string: without
    /// <see cref="StatusParseStyles.AllowWhiteSpace"/>, <c>Running : x</c> falls
    /// back to Error rather than being read as the legacy <c>running &lt;text&gt;</c>.
    /// </summary>
    private static bool HasStandardShape<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, bool ignoreCase)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        foreach (var type in WireNames.All)
        {
            var nameLength = MatchSpacedName<TUnit, TEncoding>(text, type, ignoreCase);
            if (nameLength >= 0)
            {
                var colon = SkipWhiteSpace<TUnit, TEncoding>(text, nameLength);
                return colon < text.Length && IsAscii(text[colon], ':');
            }
        }

        return false;
    }

    /// <summary>The length of <paramref name="type"/>'s name at the start of <paramref name="text"/>, or -1.</summary>
    private static int MatchSpacedName<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, StatusType type, bool ignoreCase)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        if (type != StatusType.NotInstalled)
        {
            var name = type.ToWireNameUtf8();
            return text.Length >= name.Length && TEncoding.EqualsAscii(text[..name.Length], name, ignoreCase)
                ? name.Length
                : -1;
        }

        if (text.Length < 3 || !TEncoding.EqualsAscii(text[..3], "Not"u8, ignoreCase))
        {
            return -1;
        }

        var installed = SkipWhiteSpace<TUnit, TEncoding>(text, 3);
        if (installed == 3 || text.Length - installed < 9 || !TEncoding.EqualsAscii(text.Slice(installed, 9), "Installed"u8, ignoreCase))
        {
            return -1;
        }

        return installed + 9;
    }

    internal static int SkipWhiteSpace<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, int index)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        int length;
        while (index < text.Length && (length = TEncoding.WhiteSpaceLengthAt(text, index)) > 0)
        {
            index += length;
        }

        return index;
    }

    internal static ReadOnlySpan<TUnit> TrimEnd<TUnit, TEncoding>(ReadOnlySpan<TUnit> text)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        int length;
        while ((length = TEncoding.WhiteSpaceLengthAtEnd(text)) > 0)
        {
            text = text[..^length];
        }

        return text;
    }

    internal static bool IsAscii<TUnit>(TUnit unit, char ascii)
        where TUnit : unmanaged, IBinaryInteger<TUnit> =>
        uint.CreateTruncating(unit) == ascii;
}

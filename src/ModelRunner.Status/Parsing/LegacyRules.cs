namespace ModelRunner.Status;

/// <summary>
/// The free-form strings backends reported before the standard format, in
/// the order of the contract's table; the first rule that matches wins. A
/// "word" is non-empty and holds no white space; every other placeholder is
/// non-empty text. Words of the rules fold ASCII case under
/// <see cref="StatusParseStyles.IgnoreCase"/>.
/// </summary>
internal static class LegacyRules
{
    private const int RunningLength = 8;            // "running "
    private const int VersionLength = 10;           // " version: "
    private const int DownloadingLength = 12;       // "downloading "
    private const int LookingForUpdatesLength = 24; // "looking for updates for "

    /// <summary>Matches the trimmed text <c>text[start..end]</c>; ranges in the result are positions in <paramref name="text"/>.</summary>
    public static bool TryMatch<TUnit, TEncoding>(ReadOnlySpan<TUnit> text, int start, int end, bool ignoreCase, out StatusMatch match)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        where TEncoding : ITextEncoding<TUnit>
    {
        var t = text[start..end];

        if (Is(t, "not installed"u8) || Is(t, "not running"u8))
        {
            match = StatusMatch.Slice(StatusType.NotInstalled, end, 0);
            return true;
        }

        if (Is(t, "installing"u8))
        {
            match = StatusMatch.Slice(StatusType.Installing, end, 0);
            return true;
        }

        if (Is(t, "import failed"u8))
        {
            match = StatusMatch.Constant(StatusType.Error, DetailsText.ImportFailed);
            return true;
        }

        if (Is(t, "python3 not found in PATH"u8) || Is(t, "Python or mlx-lm not found"u8))
        {
            match = StatusMatch.Constant(StatusType.Error, DetailsText.PythonNotFound);
            return true;
        }

        if (Is(t, "vLLM binary not found"u8))
        {
            match = StatusMatch.Constant(StatusType.NotInstalled, DetailsText.BinaryNotFound);
            return true;
        }

        if (EndsWith(t, " package not installed"u8) && IsWord(t[..^" package not installed"u8.Length]))
        {
            match = StatusMatch.Constant(StatusType.NotInstalled, DetailsText.PackageNotInstalled);
            return true;
        }

        if (StartsWith(t, "running "u8) && t.Length > RunningLength)
        {
            match = MatchRunning(t[RunningLength..], start + RunningLength);
            return true;
        }

        if (StartsWith(t, "downloading "u8) && EndsWith(t, ") variant of llama.cpp"u8)
            && t.Length >= DownloadingLength + ") variant of llama.cpp"u8.Length)
        {
            // "<tag> (<x>": the tag is a word, followed by " (".
            var tagAndVariant = t[DownloadingLength..^") variant of llama.cpp"u8.Length];
            var tagLength = LengthOfWord(tagAndVariant);
            if (tagLength > 0 && tagAndVariant.Length >= tagLength + 2
                && StatusGrammar.IsAscii(tagAndVariant[tagLength], ' ') && StatusGrammar.IsAscii(tagAndVariant[tagLength + 1], '('))
            {
                match = StatusMatch.Prefixed(StatusType.Installing, DetailsText.DownloadingLlamaCpp, new(start + DownloadingLength, tagLength));
                return true;
            }
        }

        if (StartsWith(t, "looking for updates for "u8) && EndsWith(t, " variant"u8)
            && t.Length > LookingForUpdatesLength + " variant"u8.Length)
        {
            var variantLength = t.Length - LookingForUpdatesLength - " variant"u8.Length;
            match = StatusMatch.Prefixed(StatusType.Installing, DetailsText.CheckingForUpdatesLlamaCpp, new(start + LookingForUpdatesLength, variantLength));
            return true;
        }

        if (StartsWith(t, "failed to "u8) && t.Length > "failed to "u8.Length)
        {
            match = StatusMatch.Slice(StatusType.Error, start, t.Length);
            return true;
        }

        match = default;
        return false;

        bool Is(ReadOnlySpan<TUnit> candidate, ReadOnlySpan<byte> literal) =>
            TEncoding.EqualsAscii(candidate, literal, ignoreCase);

        bool StartsWith(ReadOnlySpan<TUnit> candidate, ReadOnlySpan<byte> literal) =>
            candidate.Length >= literal.Length && Is(candidate[..literal.Length], literal);

        bool EndsWith(ReadOnlySpan<TUnit> candidate, ReadOnlySpan<byte> literal) =>
            candidate.Length >= literal.Length && Is(candidate[^literal.Length..], literal);

        // "<name> version: unknown", "<text> version: <v>", "<one word>", "<text>", in that order.
        StatusMatch MatchRunning(ReadOnlySpan<TUnit> rest, int restStart)
        {
            if (EndsWith(rest, " version: unknown"u8) && rest.Length > " version: unknown"u8.Length)
            {
                return StatusMatch.Constant(StatusType.Running, DetailsText.VersionUnknown);
            }

            // The last " version: " that leaves both <text> and <v> non-empty.
            for (var at = rest.Length - VersionLength - 1; at >= 1; at--)
            {
                if (Is(rest.Slice(at, VersionLength), " version: "u8))
                {
                    var version = at + VersionLength;
                    return StatusMatch.Joined(StatusType.Running, new(restStart, at), new(restStart + version, rest.Length - version));
                }
            }

            return LengthOfWord(rest) == rest.Length
                ? StatusMatch.Constant(StatusType.Running, DetailsText.VersionUnknown)
                : StatusMatch.Slice(StatusType.Running, restStart, rest.Length);
        }

        // The length of the run of non-white-space units that starts the text.
        static int LengthOfWord(ReadOnlySpan<TUnit> candidate)
        {
            var i = 0;
            while (i < candidate.Length && TEncoding.WhiteSpaceLengthAt(candidate, i) == 0)
            {
                i++;
            }

            return i;
        }

        static bool IsWord(ReadOnlySpan<TUnit> candidate) => !candidate.IsEmpty && LengthOfWord(candidate) == candidate.Length;
    }
}

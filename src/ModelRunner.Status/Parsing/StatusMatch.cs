namespace ModelRunner.Status;

/// <summary>
/// What the grammar read, as positions in its input rather than text, so that
/// reading allocates nothing and each entry point builds only what it returns.
/// </summary>
/// <remarks>
/// The details are <see cref="Prefix"/>, then the input's <see cref="First"/>
/// range, then, when <see cref="HasSecond"/>, a space and the
/// <see cref="Second"/> range. Most matches are a plain slice (no prefix, no
/// second range) or a constant (a prefix alone); only a few legacy rules
/// compose text.
/// </remarks>
internal readonly struct StatusMatch
{
    private StatusMatch(StatusType type, bool recognized, DetailsText prefix, TextRange first, TextRange second, bool hasSecond)
    {
        Type = type;
        IsRecognized = recognized;
        Prefix = prefix;
        First = first;
        Second = second;
        HasSecond = hasSecond;
    }

    public StatusType Type { get; }

    /// <summary>Whether a rule recognized the text; otherwise this is the Error fallback over the whole input.</summary>
    public bool IsRecognized { get; }

    public DetailsText Prefix { get; }

    public TextRange First { get; }

    public TextRange Second { get; }

    public bool HasSecond { get; }

    /// <summary>The details are one range of the input.</summary>
    public bool IsSlice => Prefix == DetailsText.None && !HasSecond;

    /// <summary>The details are the prefix text alone.</summary>
    public bool IsConstant => Prefix != DetailsText.None && First.Length == 0 && !HasSecond;

    /// <summary>The details' length in code units (chars or bytes alike: the prefixes are ASCII).</summary>
    public int DetailsLength => Prefix.ToUtf8().Length + First.Length + (HasSecond ? 1 + Second.Length : 0);

    public static StatusMatch Slice(StatusType type, int start, int length) =>
        new(type, recognized: true, DetailsText.None, new TextRange(start, length), default, hasSecond: false);

    public static StatusMatch Constant(StatusType type, DetailsText text) =>
        new(type, recognized: true, text, default, default, hasSecond: false);

    public static StatusMatch Prefixed(StatusType type, DetailsText prefix, TextRange first) =>
        new(type, recognized: true, prefix, first, default, hasSecond: false);

    public static StatusMatch Joined(StatusType type, TextRange first, TextRange second) =>
        new(type, recognized: true, DetailsText.None, first, second, hasSecond: true);

    public static StatusMatch Unrecognized(int length) =>
        new(StatusType.Error, recognized: false, DetailsText.None, new TextRange(0, length), default, hasSecond: false);

    /// <summary>Writes the composed details of <paramref name="source"/> into <paramref name="destination"/>, which holds exactly <see cref="DetailsLength"/> units.</summary>
    public void WriteDetails<TUnit>(ReadOnlySpan<TUnit> source, Span<TUnit> destination)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        var prefix = Prefix.ToUtf8();
        for (var i = 0; i < prefix.Length; i++)
        {
            destination[i] = TUnit.CreateTruncating(prefix[i]);
        }

        var written = prefix.Length;
        source.Slice(First.Start, First.Length).CopyTo(destination[written..]);
        written += First.Length;
        if (HasSecond)
        {
            destination[written++] = TUnit.CreateTruncating((byte)' ');
            source.Slice(Second.Start, Second.Length).CopyTo(destination[written..]);
        }
    }

    /// <summary>A start and a length in the parser's input (<see cref="System.Range"/> needs the input's length to say either).</summary>
    internal readonly record struct TextRange(int Start, int Length);
}

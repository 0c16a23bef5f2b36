namespace ModelRunner.Status;

/// <summary>
/// The code units the grammar reads, UTF-16 chars or UTF-8 bytes, so that one
/// grammar serves both and the two cannot drift apart. Implementations are
/// empty structs; the JIT specializes the grammar for each.
/// </summary>
internal interface ITextEncoding<TUnit>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <summary><paramref name="type"/>'s wire name in this encoding.</summary>
    static abstract ReadOnlySpan<TUnit> WireName(StatusType type);

    /// <summary>Every wire name followed by <c>": "</c>, in declaration order: <c>Running: Error: Not Installed: Installing: </c>.</summary>
    static abstract ReadOnlySpan<TUnit> AllWireNamesAndSeparators { get; }

    /// <summary>
    /// Whether <paramref name="text"/>, at least <see cref="WirePrefixes.Width"/>
    /// units long, starts with the wire name of type <paramref name="candidate"/>
    /// and <c>": "</c>.
    /// </summary>
    static abstract bool StartsWithWirePrefix(ReadOnlySpan<TUnit> text, int candidate);

    /// <summary><paramref name="type"/>'s wire name followed by <c>": "</c>.</summary>
    static abstract ReadOnlySpan<TUnit> WireNameAndSeparator(StatusType type);

    /// <summary>A legacy rule's constant detail text in this encoding.</summary>
    static abstract ReadOnlySpan<TUnit> TextOf(DetailsText text);

    /// <summary>Whether <paramref name="text"/> is exactly the ASCII <paramref name="literal"/>; with <paramref name="ignoreCase"/> only ASCII letters fold.</summary>
    static abstract bool EqualsAscii(ReadOnlySpan<TUnit> text, ReadOnlySpan<byte> literal, bool ignoreCase);

    /// <summary>The length in code units of the white-space character that starts at <paramref name="index"/>, or 0.</summary>
    static abstract int WhiteSpaceLengthAt(ReadOnlySpan<TUnit> text, int index);

    /// <summary>The length in code units of the white-space character that ends <paramref name="text"/>, or 0.</summary>
    static abstract int WhiteSpaceLengthAtEnd(ReadOnlySpan<TUnit> text);
}

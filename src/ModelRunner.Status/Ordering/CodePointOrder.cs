namespace ModelRunner.Status;

/// <summary>
/// Orders strings by Unicode code point, which is the order of their UTF-8
/// bytes and so the order Go's <c>sort.Strings</c> gives. Ordinal UTF-16
/// comparison differs only where a surrogate (U+10000 and above) meets a
/// code unit in U+E000–U+FFFF: UTF-16 puts the surrogate first, code points
/// put it last.
/// </summary>
internal static class CodePointOrder
{
    public static int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return Compare(x.AsSpan(), y.AsSpan());
    }

    public static int Compare(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        // Most names differ in their first char; settle those without the vectorized search.
        if (!x.IsEmpty && !y.IsEmpty && x[0] != y[0])
        {
            return Weight(x[0]) < Weight(y[0]) ? -1 : 1;
        }

        var common = x.CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length) switch { < 0 => -1, > 0 => 1, _ => 0 };
        }

        return Weight(x[common]) < Weight(y[common]) ? -1 : 1;
    }

    // Lifts surrogates above U+E000-U+FFFF, keeping every other unit's order.
    private static int Weight(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}

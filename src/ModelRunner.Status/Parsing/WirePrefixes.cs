using System.Runtime.Intrinsics;

namespace ModelRunner.Status;

/// <summary>
/// Each wire name and <c>": "</c> as 16 units in vectors, with a mask of the
/// units that count, so that text of 16 units or more is checked against a
/// prefix in one masked comparison instead of a loop of variable length.
/// </summary>
internal static class WirePrefixes
{
    /// <summary>The units a comparison reads: more than the longest prefix, <c>Not Installed: </c> (15).</summary>
    public const int Width = 16;

    private static readonly string[] s_prefixes = ["Running: ", "Error: ", "Not Installed: ", "Installing: "];

    public static readonly Vector128<byte>[] Utf8 = [.. s_prefixes.Select(p => Vector128.Create(Units<byte>(p)))];

    public static readonly Vector128<byte>[] Utf8Masks = [.. s_prefixes.Select(p => Vector128.Create(Mask<byte>(p)))];

    // Sixteen chars are two vectors of eight.
    public static readonly Vector128<ushort>[] Utf16Low = [.. s_prefixes.Select(p => Vector128.Create(Units<ushort>(p)[..8]))];

    public static readonly Vector128<ushort>[] Utf16High = [.. s_prefixes.Select(p => Vector128.Create(Units<ushort>(p)[8..]))];

    public static readonly Vector128<ushort>[] Utf16LowMasks = [.. s_prefixes.Select(p => Vector128.Create(Mask<ushort>(p)[..8]))];

    public static readonly Vector128<ushort>[] Utf16HighMasks = [.. s_prefixes.Select(p => Vector128.Create(Mask<ushort>(p)[8..]))];

    private static T[] Units<T>(string prefix)
        where T : unmanaged, IBinaryInteger<T> =>
        [.. Enumerable.Range(0, Width).Select(i => i < prefix.Length ? T.CreateTruncating(prefix[i]) : T.Zero)];

    private static T[] Mask<T>(string prefix)
        where T : unmanaged, IBinaryInteger<T> =>
        [.. Enumerable.Range(0, Width).Select(i => i < prefix.Length ? T.AllBitsSet : T.Zero)];
}

namespace ModelRunner.Status;

/// <summary>
/// The order of <c>docker model status</c>: by <see cref="StatusType"/> in
/// declaration order (Running, Error, Not Installed, Installing), then by name
/// in Unicode code point order, which is the byte order of the names' UTF-8
/// and the order the Go CLI sorts in. Details do not take part.
/// </summary>
/// <remarks>
/// Stateless and thread-safe; use <see cref="Instance"/>. Returns -1, 0 or 1,
/// and allocates nothing. Code point order is not
/// <see cref="string.CompareOrdinal(string, string)"/>, which compares UTF-16
/// code units and so puts U+10000 and above before U+E000–U+FFFF. A
/// <see langword="null"/> name (only a <c>default</c> entry has one) sorts
/// before every other name.
/// </remarks>
public sealed class BackendStatusComparer : IComparer<BackendStatusEntry>
{
    private BackendStatusComparer()
    {
    }

    /// <summary>The one instance.</summary>
    public static BackendStatusComparer Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(BackendStatusEntry x, BackendStatusEntry y)
    {
        var byType = ((int)x.Status.Type).CompareTo((int)y.Status.Type);
        return byType != 0 ? (byType < 0 ? -1 : 1) : CodePointOrder.Compare(x.Name, y.Name);
    }
}

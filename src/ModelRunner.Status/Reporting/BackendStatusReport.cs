using System.Buffers;

namespace ModelRunner.Status;

/// <summary>
/// The whole answer of <c>GET /engines/status</c>: every backend's status, in
/// the order <c>docker model status</c> shows them (<see cref="BackendStatusComparer"/>).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Read one from the Go JSON shape with <see cref="ParseJson(ReadOnlySpan{byte}, StatusParseStyles)"/>,
/// or build one with <see cref="Create(IEnumerable{BackendStatusEntry})"/> or
/// <see cref="FromStatusStrings(IEnumerable{KeyValuePair{string, string}}, StatusParseStyles)"/>;
/// write it with <see cref="ToJson()"/> or render it with <see cref="ToTable(StatusTableOptions?)"/>.
/// Names are unique: where a name is given twice, the last one wins, as when
/// Go decodes a JSON object into a map.
/// </remarks>
public sealed partial class BackendStatusReport
{
    private readonly BackendStatusEntry[] _entries;

    private BackendStatusReport(BackendStatusEntry[] sortedUniqueEntries) => _entries = sortedUniqueEntries;

    /// <summary>A report with no backends.</summary>
    public static BackendStatusReport Empty { get; } = new([]);

    /// <summary>The backends, sorted by <see cref="BackendStatusComparer"/>.</summary>
    public IReadOnlyList<BackendStatusEntry> Entries => _entries;

    /// <summary>How many backends the report holds.</summary>
    public int Count => _entries.Length;

    /// <summary>Builds a report of <paramref name="entries"/>; of two entries with one name, the later wins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entry's name is <see langword="null"/>.</exception>
    public static BackendStatusReport Create(IEnumerable<BackendStatusEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = new Builder(entries.TryGetNonEnumeratedCount(out var count) ? count : 8);
        try
        {
            foreach (var entry in entries)
            {
                if (entry.Name is null)
                {
                    throw new ArgumentException("A backend name is null; names may be empty but not null.", nameof(entries));
                }

                builder.Add(entry);
            }

            return builder.Build();
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>
    /// Builds a report from backend names and status strings, such as a
    /// <c>Dictionary&lt;string, string&gt;</c> decoded from <c>/engines/status</c>,
    /// each status parsed under <paramref name="styles"/> (a <see langword="null"/>
    /// status reads as <c>""</c>, Not Installed). Of two pairs with one name, the later wins.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is <see langword="null"/>, or <paramref name="styles"/> holds an undefined bit.</exception>
    public static BackendStatusReport FromStatusStrings(IEnumerable<KeyValuePair<string, string?>> statuses, StatusParseStyles styles = StatusParseStyles.Strict)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        styles.ThrowIfInvalid();
        return Create(statuses.Select(pair => new BackendStatusEntry(pair.Key, BackendStatus.Parse(pair.Value, styles))));
    }

    /// <summary>Finds the status of the backend named <paramref name="name"/> (ordinal, case-sensitive).</summary>
    /// <returns><see langword="false"/>, with <paramref name="status"/> <c>default</c>, when no backend has that name.</returns>
    public bool TryGetStatus(string name, out BackendStatus status)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                status = entry.Status;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>
    /// The table <c>docker model status</c> prints for this report:
    /// <code>
    /// BACKEND    STATUS         DETAILS
    /// llama.cpp  Running        llama.cpp c55bce4
    /// mlx        Not Installed  only supported on Apple Silicon
    /// </code>
    /// Every column but the last is padded to its widest cell plus two spaces,
    /// lines have no trailing white space, and each ends in <c>\n</c>. Widths are
    /// terminal display widths (East Asian wide characters count two, combining
    /// marks zero). Control characters, DEL, C1 controls and bidirectional
    /// controls in any cell are shown as visible escapes (<c>\n</c>,
    /// <c>\x1b</c>, <c>\u202e</c>), so a backend cannot act on the reader's
    /// terminal. An empty report renders the header line alone.
    /// </summary>
    /// <param name="options">The layout; <see langword="null"/> is <see cref="StatusTableOptions.Default"/>.</param>
    public string ToTable(StatusTableOptions? options = null) => StatusTable.Render(_entries, options ?? StatusTableOptions.Default);

    /// <summary>The report of entries already known to have unique, non-null names (the registry's), sorted here.</summary>
    internal static BackendStatusReport FromUniqueEntries(BackendStatusEntry[] entries)
    {
        // Array.Sort with an IComparer wraps it in a new delegate; a static lambda is cached.
        entries.AsSpan().Sort(static (a, b) => BackendStatusComparer.Instance.Compare(a, b));
        return entries.Length == 0 ? Empty : new BackendStatusReport(entries);
    }

    /// <summary>
    /// Collects entries in a pooled buffer, then keeps the last entry of each
    /// name and sorts, so that a report costs one array of exactly its size.
    /// </summary>
    internal struct Builder : IDisposable
    {
        private (BackendStatusEntry Entry, int Order)[] _buffer;
        private int _count;

        public Builder(int capacity)
        {
            _buffer = ArrayPool<(BackendStatusEntry, int)>.Shared.Rent(Math.Max(capacity, 4));
            _count = 0;
        }

        public void Add(BackendStatusEntry entry)
        {
            if (_count == _buffer.Length)
            {
                var larger = ArrayPool<(BackendStatusEntry, int)>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _count).CopyTo(larger);
                Return();
                _buffer = larger;
            }

            _buffer[_count] = (entry, _count);
            _count++;
        }

        public readonly BackendStatusReport Build()
        {
            if (_count == 0)
            {
                return Empty;
            }

            var items = _buffer.AsSpan(0, _count);
            items.Sort(static (a, b) =>
            {
                var byName = CodePointOrder.Compare(a.Entry.Name, b.Entry.Name);
                return byName != 0 ? byName : a.Order.CompareTo(b.Order);
            });

            var unique = 0;
            for (var i = 0; i < items.Length; i++)
            {
                var lastOfName = i + 1 == items.Length || !string.Equals(items[i].Entry.Name, items[i + 1].Entry.Name, StringComparison.Ordinal);
                if (lastOfName)
                {
                    items[unique++] = items[i];
                }
            }

            var entries = new BackendStatusEntry[unique];
            for (var i = 0; i < unique; i++)
            {
                entries[i] = items[i].Entry;
            }

            return FromUniqueEntries(entries);
        }

        public void Dispose()
        {
            Return();
            _buffer = [];
        }

        private readonly void Return()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<(BackendStatusEntry, int)>.Shared.Return(_buffer, clearArray: true);
            }
        }
    }
}

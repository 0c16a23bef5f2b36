namespace ModelRunner.Status;

/// <summary>How <see cref="BackendStatusReport.ToTable(StatusTableOptions?)"/> lays out the table.</summary>
public sealed class StatusTableOptions
{
    private readonly int? _maxWidth;

    /// <summary>The layout <c>docker model status</c> prints: no width cap.</summary>
    public static StatusTableOptions Default { get; } = new();

    /// <summary>
    /// The widest a line may be, in terminal columns, such as the width of the
    /// terminal; <see langword="null"/> (the default) means no cap. Only the
    /// DETAILS column is cut: a cell too wide for what is left of the line ends
    /// in <c>…</c>, cut at a character boundary (never inside a character, an
    /// escape such as <c>\x1b</c>, or a base character and its combining marks).
    /// When BACKEND and STATUS alone leave no room, the details are <c>…</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? MaxWidth
    {
        get => _maxWidth;
        init
        {
            if (value is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxWidth), value, "A table must be at least one column wide; use null for no cap.");
            }

            _maxWidth = value;
        }
    }
}

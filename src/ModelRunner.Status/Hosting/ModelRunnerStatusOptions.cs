namespace ModelRunner.Status;

/// <summary>
/// A host's defaults for reading and showing statuses, registered by
/// <see cref="ModelRunnerStatusServiceCollectionExtensions.AddModelRunnerStatus"/>
/// as a singleton that any component can take.
/// </summary>
public sealed class ModelRunnerStatusOptions
{
    private StatusParseStyles _parseStyles = StatusParseStyles.Strict;
    private StatusTableOptions _table = StatusTableOptions.Default;

    /// <summary>
    /// How the host reads status text; <see cref="StatusParseStyles.Strict"/> by
    /// default, as the Go CLI reads it. Choose <see cref="StatusParseStyles.Lenient"/>
    /// to read older runners.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds an undefined bit.</exception>
    public StatusParseStyles ParseStyles
    {
        get => _parseStyles;
        set
        {
            value.ThrowIfInvalid(nameof(value));
            _parseStyles = value;
        }
    }

    /// <summary>How the host renders the status table; <see cref="StatusTableOptions.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public StatusTableOptions Table
    {
        get => _table;
        set => _table = value ?? throw new ArgumentNullException(nameof(value));
    }
}

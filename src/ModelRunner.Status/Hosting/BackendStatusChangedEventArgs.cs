namespace ModelRunner.Status;

/// <summary>A backend's status changed in an <see cref="IBackendStatusRegistry"/>.</summary>
public sealed class BackendStatusChangedEventArgs : EventArgs
{
    /// <summary>Describes one change.</summary>
    /// <exception cref="ArgumentException"><paramref name="backend"/> is null, empty or white space.</exception>
    public BackendStatusChangedEventArgs(string backend, BackendStatus? previous, BackendStatus current, DateTimeOffset changedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backend);
        Backend = backend;
        Previous = previous;
        Current = current;
        ChangedAt = changedAt;
    }

    /// <summary>The backend's name.</summary>
    public string Backend { get; }

    /// <summary>The status before the change; <see langword="null"/> when the backend is new to the registry.</summary>
    public BackendStatus? Previous { get; }

    /// <summary>The status the backend has now.</summary>
    public BackendStatus Current { get; }

    /// <summary>When the change took effect, by the registry's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset ChangedAt { get; }
}

namespace ModelRunner.Status;

/// <summary>
/// The one place a host's backends report their statuses and readers take
/// consistent snapshots of them. Implementations are safe under any number of
/// concurrent writers and readers.
/// </summary>
public interface IBackendStatusRegistry
{
    /// <summary>
    /// Raised after a backend's status changes (never for a report of the status
    /// it already has), on the reporting thread. The events of one backend
    /// arrive in the order its changes took effect.
    /// </summary>
    event EventHandler<BackendStatusChangedEventArgs>? Changed;

    /// <summary>Sets <paramref name="backend"/>'s status.</summary>
    /// <returns><see langword="true"/> when the status changed; <see langword="false"/> when the backend already had it, in which case nothing happens.</returns>
    /// <exception cref="ArgumentException"><paramref name="backend"/> is null, empty or white space.</exception>
    bool Report(string backend, BackendStatus status);

    /// <summary>Every backend's current status, sorted as <c>docker model status</c> shows them.</summary>
    BackendStatusReport Snapshot();

    /// <summary>Reads one backend, with the time it entered its current status.</summary>
    /// <returns><see langword="false"/> when the backend has not reported (or was removed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="backend"/> is <see langword="null"/>.</exception>
    bool TryGet(string backend, out BackendStatusRecord record);

    /// <summary>Forgets a backend, as if it had never reported; raises no <see cref="Changed"/> event.</summary>
    /// <returns><see langword="false"/> when the backend was not there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="backend"/> is <see langword="null"/>.</exception>
    bool Remove(string backend);
}

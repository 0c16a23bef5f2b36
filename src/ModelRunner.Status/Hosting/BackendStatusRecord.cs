namespace ModelRunner.Status;

/// <summary>
/// One backend as an <see cref="IBackendStatusRegistry"/> holds it: its status
/// and when it entered that status, so that a backend stuck in
/// <c>Installing</c> can be seen for what it is.
/// </summary>
/// <param name="Backend">The backend's name.</param>
/// <param name="Status">Its current status.</param>
/// <param name="Since">When it entered <paramref name="Status"/>, by the registry's <see cref="TimeProvider"/>.</param>
public readonly record struct BackendStatusRecord(string Backend, BackendStatus Status, DateTimeOffset Since);

namespace ModelRunner.Status;

/// <summary>One backend's row of <c>/engines/status</c>: its name and its status.</summary>
/// <param name="Name">The backend's name, such as <c>llama.cpp</c>.</param>
/// <param name="Status">The backend's status.</param>
public readonly record struct BackendStatusEntry(string Name, BackendStatus Status);

namespace ModelRunner.Status;

/// <summary>
/// The kind of state an inference backend is in. The declaration order is the
/// display order of <c>docker model status</c>, and the order
/// <see cref="BackendStatusComparer"/> sorts by.
/// </summary>
/// <remarks>
/// Each value has a wire name, the text the Go implementation writes for it
/// (see <see cref="StatusTypeExtensions.ToWireName(StatusType)"/>). Values
/// outside the four declared ones are not statuses: every member of this
/// library that takes a <see cref="StatusType"/> rejects them with an
/// <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public enum StatusType
{
    /// <summary>The backend is installed and ready; wire name <c>Running</c>.</summary>
    Running = 0,

    /// <summary>The backend failed; wire name <c>Error</c>.</summary>
    Error = 1,

    /// <summary>The backend is absent or unsupported here; wire name <c>Not Installed</c>.</summary>
    NotInstalled = 2,

    /// <summary>The backend is being installed or updated; wire name <c>Installing</c>.</summary>
    Installing = 3,
}

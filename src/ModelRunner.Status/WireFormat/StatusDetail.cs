namespace ModelRunner.Status;

/// <summary>
/// The detail texts Docker Model Runner's backends share, exactly as the Go
/// implementation writes them. Use them with the <see cref="BackendStatus"/>
/// factories so that statuses read the same across backends:
/// <c>BackendStatus.NotInstalled(StatusDetail.OnlyLinux)</c> is
/// <c>Not Installed: only supported on Linux</c>.
/// </summary>
public static class StatusDetail
{
    /// <summary><c>binary not found</c>: the backend's executable is not on this machine.</summary>
    public const string BinaryNotFound = "binary not found";

    /// <summary><c>package not installed</c>: the backend's Python package cannot be imported.</summary>
    public const string PackageNotInstalled = "package not installed";

    /// <summary><c>import failed</c>: the backend's Python package is present but failed to import.</summary>
    public const string ImportFailed = "import failed";

    /// <summary><c>version unknown</c>: the backend runs, but its version could not be read.</summary>
    public const string VersionUnknown = "version unknown";

    /// <summary><c>Python not found</c>: no Python interpreter to run the backend.</summary>
    public const string PythonNotFound = "Python not found";

    /// <summary><c>only supported on Linux</c>.</summary>
    public const string OnlyLinux = "only supported on Linux";

    /// <summary><c>only supported on Apple Silicon</c>.</summary>
    public const string OnlyAppleSilicon = "only supported on Apple Silicon";

    /// <summary><c>downloading</c>: an install is fetching the backend.</summary>
    public const string Downloading = "downloading";

    /// <summary><c>checking for updates</c>: an install is looking for a newer backend.</summary>
    public const string CheckingForUpdates = "checking for updates";
}

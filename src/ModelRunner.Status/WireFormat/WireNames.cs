namespace ModelRunner.Status;

/// <summary>The wire names, and the order in which the Go <c>ParseStatus</c> tries them.</summary>
internal static class WireNames
{
    public const string Running = "Running";
    public const string Error = "Error";
    public const string NotInstalled = "Not Installed";
    public const string Installing = "Installing";

    /// <summary>Between a wire name and its details.</summary>
    public const string Separator = ": ";

    // A collection expression of enum values would allocate an array on every read; this is read per parse.
    private static readonly StatusType[] s_all =
        [StatusType.Running, StatusType.Error, StatusType.NotInstalled, StatusType.Installing];

    /// <summary>The Go <c>ParseStatus</c> tries the names in this order.</summary>
    public static ReadOnlySpan<StatusType> All => s_all;
}

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

    /// <summary>The Go <c>ParseStatus</c> tries the names in this order.</summary>
    public static ReadOnlySpan<StatusType> All =>
        [StatusType.Running, StatusType.Error, StatusType.NotInstalled, StatusType.Installing];
}

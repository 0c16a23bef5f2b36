namespace ModelRunner.Status.Benchmarks.Baselines;

/// <summary>
/// A plain transcription of Docker Model Runner's Go <c>ParseStatus</c>: the
/// empty check, then the four wire names in turn, each tested for equality
/// and then as a prefix with <c>": "</c>. The prefixes are built once, as Go's
/// compiler does for the concatenation; nothing allocates.
/// </summary>
public static class GoTranscription
{
    private static readonly (StatusType Type, string Name, string Prefix)[] s_names =
    [
        (StatusType.Running, "Running", "Running: "),
        (StatusType.Error, "Error", "Error: "),
        (StatusType.NotInstalled, "Not Installed", "Not Installed: "),
        (StatusType.Installing, "Installing", "Installing: "),
    ];

    private static readonly (StatusType Type, byte[] Name, byte[] Prefix)[] s_utf8Names =
        [.. s_names.Select(n => (n.Type, System.Text.Encoding.UTF8.GetBytes(n.Name), System.Text.Encoding.UTF8.GetBytes(n.Prefix)))];

    public static StatusType Parse(ReadOnlySpan<char> status, out ReadOnlySpan<char> details)
    {
        if (status.IsEmpty)
        {
            details = default;
            return StatusType.NotInstalled;
        }

        foreach (var (type, name, prefix) in s_names)
        {
            if (status.SequenceEqual(name))
            {
                details = default;
                return type;
            }

            if (status.StartsWith(prefix, StringComparison.Ordinal))
            {
                details = status[prefix.Length..];
                return type;
            }
        }

        details = status;
        return StatusType.Error;
    }

    public static StatusType Parse(ReadOnlySpan<byte> status, out ReadOnlySpan<byte> details)
    {
        if (status.IsEmpty)
        {
            details = default;
            return StatusType.NotInstalled;
        }

        foreach (var (type, name, prefix) in s_utf8Names)
        {
            if (status.SequenceEqual(name))
            {
                details = default;
                return type;
            }

            if (status.StartsWith(prefix))
            {
                details = status[prefix.Length..];
                return type;
            }
        }

        details = status;
        return StatusType.Error;
    }

    /// <summary>Go's <c>FormatStatus</c>: the name, or the name, ": " and the details, by concatenation.</summary>
    public static string Format(StatusType type, string details) =>
        details.Length == 0 ? type.ToWireName() : type.ToWireName() + ": " + details;
}

namespace ModelRunner.Status.Benchmarks.Baselines;

/// <summary>
/// Docker Model Runner's Go <c>ParseStatus</c> in C#: the empty check, then the
/// four wire names in turn, each tested for equality and then as a prefix with
/// <c>": "</c>.
/// </summary>
/// <remarks>
/// <see cref="ParsePlain(string, out string)"/> is the plain transcription:
/// it builds <c>name + ": "</c> for each test and cuts the details with
/// <c>Substring</c>, as the Go source reads (Go builds that short string on the
/// stack; C# allocates it). <see cref="Parse(ReadOnlySpan{char}, out ReadOnlySpan{char})"/>
/// is the same algorithm tuned: prefixes built once, details sliced, nothing allocated.
/// </remarks>
public static class GoTranscription
{
    private static readonly (StatusType Type, string Name)[] s_plainNames =
    [
        (StatusType.Running, "Running"),
        (StatusType.Error, "Error"),
        (StatusType.NotInstalled, "Not Installed"),
        (StatusType.Installing, "Installing"),
    ];

    public static StatusType ParsePlain(string status, out string details)
    {
        if (status.Length == 0)
        {
            details = "";
            return StatusType.NotInstalled;
        }

        foreach (var (type, name) in s_plainNames)
        {
            if (status == name)
            {
                details = "";
                return type;
            }

            if (status.StartsWith(name + ": ", StringComparison.Ordinal))
            {
                details = status.Substring(name.Length + 2);
                return type;
            }
        }

        details = status;
        return StatusType.Error;
    }

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

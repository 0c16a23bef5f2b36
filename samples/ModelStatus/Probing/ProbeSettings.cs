using System.Runtime.InteropServices;

namespace ModelStatus.Probing;

/// <summary>How the probes run: their time limit, the environment they see, and the platform they judge.</summary>
public sealed record ProbeSettings
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The longest any one probe command may take.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Variables set for probe commands, such as <c>PYTHONPATH</c>.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The directories searched for commands; the process's <c>PATH</c> by default.</summary>
    public string? SearchPath { get; init; } = System.Environment.GetEnvironmentVariable("PATH");

    public bool IsLinux { get; init; } = OperatingSystem.IsLinux();

    public bool IsAppleSilicon { get; init; } = OperatingSystem.IsMacOS() && RuntimeInformation.OSArchitecture == Architecture.Arm64;

    /// <summary>The full path of <paramref name="command"/> on <see cref="SearchPath"/>, or null.</summary>
    public string? Find(string command)
    {
        foreach (var directory in (SearchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, command);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
            {
                return candidate;
            }
        }

        return null;
    }
}

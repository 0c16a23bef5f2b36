using System.Text.RegularExpressions;
using ModelRunner.Status;

namespace ModelStatus.Probing;

/// <summary>
/// Probes the backends Docker Model Runner knows, following the Go backends'
/// own checks and detail texts: the platform first, then the binary or the
/// Python package, then its version. Every probe runs a real process under a
/// time limit; one that hangs, crashes or cannot start becomes an Error status
/// with a detail that says so.
/// </summary>
public sealed partial class BackendProber(ProbeSettings settings)
{
    public static readonly string[] Backends = ["llama.cpp", "vllm", "diffusers", "mlx", "sglang"];

    // Reads the package's version if it is importable; exit 3 means it is not there at all.
    private const string PythonVersionScript =
        "import importlib.util, sys\n" +
        "name = sys.argv[1]\n" +
        "if importlib.util.find_spec(name) is None: sys.exit(3)\n" +
        "module = __import__(name)\n" +
        "print(getattr(module, '__version__', ''))\n";

    public ProbeSettings Settings { get; } = settings;

    /// <summary>Probes every backend at once and reports each into <paramref name="registry"/>.</summary>
    public async Task ProbeAllAsync(IBackendStatusRegistry registry, CancellationToken cancellationToken)
    {
        var probes = Backends.Select(async backend => (backend, status: await ProbeAsync(backend, cancellationToken)));
        foreach (var (backend, status) in await Task.WhenAll(probes))
        {
            registry.Report(backend, status);
        }
    }

    public Task<BackendStatus> ProbeAsync(string backend, CancellationToken cancellationToken) => backend switch
    {
        "llama.cpp" => ProbeBinaryAsync("llama-server", "llama.cpp", ReadLlamaCppVersion, cancellationToken),
        "vllm" => Settings.IsLinux
            ? ProbeBinaryAsync("vllm", "vllm", LastLine, cancellationToken)
            : Task.FromResult(BackendStatus.NotInstalled(StatusDetail.OnlyLinux)),
        "diffusers" => Settings.IsLinux
            ? ProbePythonPackageAsync("diffusers", "diffusers", cancellationToken)
            : Task.FromResult(BackendStatus.NotInstalled(StatusDetail.OnlyLinux)),
        "sglang" => Settings.IsLinux
            ? ProbePythonPackageAsync("sglang", "sglang", cancellationToken)
            : Task.FromResult(BackendStatus.NotInstalled(StatusDetail.OnlyLinux)),
        "mlx" => Settings.IsAppleSilicon
            ? ProbePythonPackageAsync("mlx_lm", "MLX", cancellationToken)
            : Task.FromResult(BackendStatus.NotInstalled(StatusDetail.OnlyAppleSilicon)),
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, $"Not a backend this tool knows: {string.Join(", ", Backends)}."),
    };

    private async Task<BackendStatus> ProbeBinaryAsync(string command, string label, Func<string, string?> readVersion, CancellationToken cancellationToken)
    {
        var path = Settings.Find(command);
        if (path is null)
        {
            return BackendStatus.NotInstalled(StatusDetail.BinaryNotFound);
        }

        var outcome = await ProcessRunner.RunAsync(path, ["--version"], Settings.Environment, Settings.Timeout, cancellationToken);
        if (Failure(outcome, $"{command} --version") is { } failure)
        {
            return failure;
        }

        // llama-server prints its version on standard error.
        var version = readVersion(outcome.Output + "\n" + outcome.Error);
        return version is null ? BackendStatus.Running(StatusDetail.VersionUnknown) : BackendStatus.Running($"{label} {version}");
    }

    private async Task<BackendStatus> ProbePythonPackageAsync(string module, string label, CancellationToken cancellationToken)
    {
        var python = Settings.Find("python3");
        if (python is null)
        {
            return BackendStatus.Error(StatusDetail.PythonNotFound);
        }

        var outcome = await ProcessRunner.RunAsync(python, ["-c", PythonVersionScript, module], Settings.Environment, Settings.Timeout, cancellationToken);
        if (outcome is { Started: true, TimedOut: false, ExitCode: 3 })
        {
            return BackendStatus.NotInstalled(StatusDetail.PackageNotInstalled);
        }

        if (outcome is { Started: true, TimedOut: false, ExitCode: not 0 })
        {
            return BackendStatus.Error(StatusDetail.ImportFailed);
        }

        if (Failure(outcome, $"python3 import {module}") is { } failure)
        {
            return failure;
        }

        var version = LastLine(outcome.Output);
        return version is null ? BackendStatus.Running(StatusDetail.VersionUnknown) : BackendStatus.Running($"{label} {version}");
    }

    private BackendStatus? Failure(ProcessOutcome outcome, string what)
    {
        if (!outcome.Started)
        {
            return BackendStatus.Error($"{what} could not start: {outcome.StartError}");
        }

        if (outcome.TimedOut)
        {
            return BackendStatus.Error($"{what} did not finish within {Durations.Format(Settings.Timeout)}");
        }

        return outcome.ExitCode == 0 ? null : BackendStatus.Error($"{what} exited with code {outcome.ExitCode}");
    }

    // "version: 4567 (c55bce4)" -> "c55bce4", as the Go backend shows the build's commit.
    private static string? ReadLlamaCppVersion(string output)
    {
        var match = LlamaCppVersion().Match(output);
        return match.Success ? match.Groups["commit"].Value : LastLine(output);
    }

    private static string? LastLine(string output)
    {
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return string.IsNullOrEmpty(line) ? null : line;
    }

    [GeneratedRegex(@"version:\s*\d+\s*\((?<commit>[0-9a-f]+)\)")]
    private static partial Regex LlamaCppVersion();
}

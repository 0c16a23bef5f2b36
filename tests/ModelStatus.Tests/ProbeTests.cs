using ModelRunner.Status;
using ModelStatus.Probing;

namespace ModelStatus.Tests;

/// <summary>The probes against real processes: this machine's python3, and small fake commands and packages.</summary>
public sealed class ProbeTests : IDisposable
{
    private readonly Scratch _bin = new();
    private readonly Scratch _packages = new();

    public void Dispose()
    {
        _bin.Dispose();
        _packages.Dispose();
    }

    private static string RealPython() =>
        new ProbeSettings().Find("python3") ?? throw new InvalidOperationException("These tests need python3 on PATH, as the sample's Python probes do.");

    // Only the fake commands are found, and python3 is this machine's.
    private ProbeSettings Settings(TimeSpan? timeout = null)
    {
        if (!File.Exists(Path.Combine(_bin.Path, "python3")))
        {
            File.CreateSymbolicLink(Path.Combine(_bin.Path, "python3"), RealPython());
        }

        return new ProbeSettings
        {
            SearchPath = _bin.Path,
            Environment = new Dictionary<string, string?> { ["PYTHONPATH"] = _packages.Path },
            Timeout = timeout ?? TimeSpan.FromSeconds(20),
            IsLinux = true,
            IsAppleSilicon = false,
        };
    }

    [Fact]
    public async Task A_python_package_on_pythonpath_reports_running_with_its_version()
    {
        _packages.File("sglang/__init__.py", "__version__ = \"0.4.1\"\n");
        _packages.File("diffusers/__init__.py", "__version__ = \"0.31.0\"\n");
        var prober = new BackendProber(Settings());
        Assert.Equal("Running: sglang 0.4.1", (await prober.ProbeAsync("sglang", default)).ToString());
        Assert.Equal("Running: diffusers 0.31.0", (await prober.ProbeAsync("diffusers", default)).ToString());
    }

    [Fact]
    public async Task A_missing_package_is_not_installed_and_a_broken_one_failed_to_import()
    {
        _packages.File("diffusers/__init__.py", "raise RuntimeError('CUDA not found')\n");
        var prober = new BackendProber(Settings());
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.PackageNotInstalled), await prober.ProbeAsync("sglang", default));
        Assert.Equal(BackendStatus.Error(StatusDetail.ImportFailed), await prober.ProbeAsync("diffusers", default));
    }

    [Fact]
    public async Task A_package_without_a_version_runs_with_version_unknown()
    {
        _packages.File("sglang/__init__.py", "");
        Assert.Equal(BackendStatus.Running(StatusDetail.VersionUnknown), await new BackendProber(Settings()).ProbeAsync("sglang", default));
    }

    [Fact]
    public async Task No_python_is_python_not_found()
    {
        var prober = new BackendProber(Settings() with { SearchPath = _packages.Path });
        Assert.Equal(BackendStatus.Error(StatusDetail.PythonNotFound), await prober.ProbeAsync("sglang", default));
    }

    [Fact]
    public async Task A_probe_that_sleeps_past_the_timeout_is_an_error_and_the_tool_finishes()
    {
        _packages.File("sglang/__init__.py", "import time\ntime.sleep(60)\n");
        var prober = new BackendProber(Settings(TimeSpan.FromMilliseconds(1500)));
        var started = DateTime.UtcNow;
        Assert.Equal(BackendStatus.Error("python3 import sglang did not finish within 1500ms"), await prober.ProbeAsync("sglang", default));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "the probe was not cut off");

        using var registry = new BackendStatusRegistry();
        await prober.ProbeAllAsync(registry, default);
        Assert.Equal(5, registry.Snapshot().Count);
    }

    [Fact]
    public async Task Binaries_report_their_version_and_a_crash_is_an_error()
    {
        _bin.Command("llama-server", "echo 'version: 4567 (c55bce4)' >&2\necho 'built with cc' >&2");
        _bin.Command("vllm", "echo 'INFO starting' ; echo '0.12.0'");
        var prober = new BackendProber(Settings());
        Assert.Equal("Running: llama.cpp c55bce4", (await prober.ProbeAsync("llama.cpp", default)).ToString());
        Assert.Equal("Running: vllm 0.12.0", (await prober.ProbeAsync("vllm", default)).ToString());

        _bin.Command("vllm", "echo 'Traceback' >&2; exit 1");
        Assert.Equal(BackendStatus.Error("vllm --version exited with code 1"), await prober.ProbeAsync("vllm", default));
        _bin.Command("llama-server", "kill -SEGV $$");
        Assert.Equal(StatusType.Error, (await prober.ProbeAsync("llama.cpp", default)).Type);
    }

    [Fact]
    public async Task Missing_binaries_and_platforms_give_the_go_detail_texts()
    {
        var linux = new BackendProber(Settings());
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.BinaryNotFound), await linux.ProbeAsync("llama.cpp", default));
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.BinaryNotFound), await linux.ProbeAsync("vllm", default));
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.OnlyAppleSilicon), await linux.ProbeAsync("mlx", default));

        var mac = new BackendProber(Settings() with { IsLinux = false, IsAppleSilicon = true });
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.OnlyLinux), await mac.ProbeAsync("vllm", default));
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.OnlyLinux), await mac.ProbeAsync("sglang", default));
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.OnlyLinux), await mac.ProbeAsync("diffusers", default));
        _packages.File("mlx_lm/__init__.py", "__version__ = '0.21.0'\n");
        Assert.Equal("Running: MLX 0.21.0", (await mac.ProbeAsync("mlx", default)).ToString());
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("5m", 300_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("00:00:02", 2000)]
    public void Durations_read_as_people_write_them(string text, int milliseconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5s")]
    [InlineData("0s")]
    public void Bad_durations_are_refused(string text) => Assert.False(Durations.TryParse(text, out _));
}

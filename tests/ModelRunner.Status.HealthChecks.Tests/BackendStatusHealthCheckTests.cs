using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ModelRunner.Status.HealthChecks.Tests;

/// <summary>The check through the real <see cref="HealthCheckService"/>, as a host runs it.</summary>
public class BackendStatusHealthCheckTests
{
    private static async Task<(HealthReportEntry Entry, IBackendStatusRegistry Registry)> Check(
        Action<IBackendStatusRegistry> report, Action<BackendStatusHealthCheckOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddHealthChecks().AddModelRunnerStatus(configure);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var registry = provider.GetRequiredService<IBackendStatusRegistry>();
        report(registry);
        var result = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return (Assert.Single(result.Entries, e => e.Key == ModelRunnerStatusHealthChecksBuilderExtensions.DefaultName).Value, registry);
    }

    [Fact]
    public async Task Running_backends_are_healthy_and_the_data_holds_each_canonical_status()
    {
        var (entry, _) = await Check(r =>
        {
            r.Report("llama.cpp", BackendStatus.Running("llama.cpp c55bce4"));
            r.Report("vllm", BackendStatus.Running("vllm 0.12.0"));
        });
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(new Dictionary<string, object> { ["llama.cpp"] = "Running: llama.cpp c55bce4", ["vllm"] = "Running: vllm 0.12.0" }, entry.Data);
        Assert.Equal("2 backend(s) running; none failing.", entry.Description);
    }

    [Fact]
    public async Task An_empty_registry_is_healthy()
    {
        var (entry, _) = await Check(_ => { });
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Empty(entry.Data);
        Assert.Equal("No backend to judge.", entry.Description);
    }

    [Fact]
    public async Task Installing_is_degraded()
    {
        var (entry, _) = await Check(r =>
        {
            r.Report("llama.cpp", BackendStatus.Running());
            r.Report("vllm", BackendStatus.Installing(StatusDetail.Downloading));
        });
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("Degraded: vllm is Installing: downloading.", entry.Description);
    }

    [Fact]
    public async Task A_required_backend_that_has_not_reported_is_degraded()
    {
        var (entry, _) = await Check(r => r.Report("llama.cpp", BackendStatus.Running()), o => o.Require("llama.cpp", "vllm"));
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("Degraded: vllm is required and has not reported.", entry.Description);
        Assert.Equal(["llama.cpp"], entry.Data.Keys);
    }

    [Fact]
    public async Task Error_is_unhealthy()
    {
        var (entry, _) = await Check(r =>
        {
            r.Report("mlx", BackendStatus.Error(StatusDetail.PythonNotFound));
            r.Report("vllm", BackendStatus.Installing());
        });
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Unhealthy: mlx is Error: Python not found. Degraded: vllm is Installing.", entry.Description);
    }

    [Fact]
    public async Task A_required_backend_that_is_not_installed_is_unhealthy()
    {
        var (entry, _) = await Check(r => r.Report("vllm", BackendStatus.NotInstalled(StatusDetail.OnlyLinux)), o => o.Require("vllm"));
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("Unhealthy: vllm is required and Not Installed: only supported on Linux.", entry.Description);
    }

    [Fact]
    public async Task An_optional_backend_that_is_not_installed_is_ignored()
    {
        var (entry, _) = await Check(r =>
        {
            r.Report("llama.cpp", BackendStatus.Running());
            r.Report("mlx", BackendStatus.NotInstalled(StatusDetail.OnlyAppleSilicon));
        }, o => o.Require("llama.cpp"));
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("Not Installed: only supported on Apple Silicon", entry.Data["mlx"]);
    }

    [Fact]
    public async Task The_check_follows_the_registry_from_one_run_to_the_next()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddHealthChecks().AddModelRunnerStatus(o => o.Require("llama.cpp"), name: "backends", tags: ["ready"]);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var health = provider.GetRequiredService<HealthCheckService>();
        var registry = provider.GetRequiredService<IBackendStatusRegistry>();

        Assert.Equal(HealthStatus.Degraded, (await health.CheckHealthAsync()).Status);
        registry.Report("llama.cpp", BackendStatus.Running());
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(r => r.Tags.Contains("ready"))).Status);
        registry.Report("llama.cpp", BackendStatus.Error("crashed"));
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Entries["backends"].Status);
    }

    [Fact]
    public void Adding_the_check_registers_the_core_services_once()
    {
        var services = new ServiceCollection();
        services.AddModelRunnerStatus();
        var before = services.Count(d => d.ServiceType.Namespace == "ModelRunner.Status");
        services.AddHealthChecks().AddModelRunnerStatus().AddModelRunnerStatus(name: "second");
        Assert.Equal(before, services.Count(d => d.ServiceType.Namespace == "ModelRunner.Status"));
    }

    [Fact]
    public void Bad_arguments_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => ModelRunnerStatusHealthChecksBuilderExtensions.AddModelRunnerStatus(null!));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddHealthChecks().AddModelRunnerStatus(name: " "));
        Assert.Throws<ArgumentException>(() => new BackendStatusHealthCheckOptions().Require("vllm", ""));
        Assert.Throws<ArgumentNullException>(() => new BackendStatusHealthCheck(null!, new BackendStatusHealthCheckOptions()));
        Assert.Throws<ArgumentNullException>(() => BackendStatusHealthCheck.Evaluate(null!, []));
    }

    [Fact]
    public void A_report_can_be_judged_without_a_registry()
    {
        var report = BackendStatusReport.ParseJson("""{"llama.cpp":"Running: llama.cpp c55bce4","vllm":"Not Installed"}"""u8);
        Assert.Equal(HealthStatus.Unhealthy, BackendStatusHealthCheck.Evaluate(report, ["vllm"]).Status);
        Assert.Equal(HealthStatus.Healthy, BackendStatusHealthCheck.Evaluate(report, []).Status);
    }
}

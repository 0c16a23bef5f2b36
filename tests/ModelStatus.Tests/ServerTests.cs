using System.Net;
using System.Text.Json;
using ModelRunner.Status;
using ModelStatus.Probing;
using ModelStatus.Serving;

namespace ModelStatus.Tests;

/// <summary>/healthz follows the health check: 200 when healthy or degraded, 503 when unhealthy.</summary>
public sealed class ServerTests : IDisposable
{
    private readonly Scratch _empty = new();

    public void Dispose() => _empty.Dispose();

    private async Task<(HttpStatusCode Code, string Status)> HealthAsync(ProbeSettings probes, params string[] required)
    {
        await using var server = await StatusServer.StartAsync(new ServeSettings("http://127.0.0.1:0", TimeSpan.FromHours(1), required), probes, default);
        using var http = new HttpClient();
        var response = await http.GetAsync(new Uri(new Uri(server.Addresses[0]), "/healthz"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("status").GetString()!);
    }

    // Nothing on the search path: the Python backends cannot find python3.
    private ProbeSettings NothingInstalled => new() { SearchPath = _empty.Path, IsLinux = true, IsAppleSilicon = false };

    [Fact]
    public async Task Unhealthy_backends_answer_503() =>
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HealthAsync(NothingInstalled));

    [Fact]
    public async Task Degraded_backends_answer_200()
    {
        var onlyOptional = NothingInstalled with { IsLinux = false }; // every backend is Not Installed: only supported on ...
        Assert.Equal((HttpStatusCode.OK, "Degraded"), await HealthAsync(onlyOptional, "ollama"));
    }

    [Fact]
    public async Task Healthy_backends_answer_200() =>
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthAsync(NothingInstalled with { IsLinux = false }));

    [Fact]
    public async Task The_status_endpoint_holds_the_probed_statuses_in_the_go_shape()
    {
        await using var server = await StatusServer.StartAsync(new ServeSettings("http://127.0.0.1:0", TimeSpan.FromHours(1), []), NothingInstalled, default);
        using var http = new HttpClient();
        var body = await http.GetStringAsync(new Uri(new Uri(server.Addresses[0]), "/engines/status"));
        Assert.Equal(
            """{"diffusers":"Error: Python not found","llama.cpp":"Not Installed: binary not found","mlx":"Not Installed: only supported on Apple Silicon","sglang":"Error: Python not found","vllm":"Not Installed: binary not found"}""",
            body);
        Assert.Equal(body, server.Registry.Snapshot().ToJson());
    }

    [Fact]
    public async Task The_server_probes_again_every_interval()
    {
        var probes = NothingInstalled with { IsLinux = false };
        await using var server = await StatusServer.StartAsync(new ServeSettings("http://127.0.0.1:0", TimeSpan.FromMilliseconds(200), []), probes, default);
        var changed = new TaskCompletionSource();
        server.Registry.Remove("vllm");
        server.Registry.Changed += (_, e) =>
        {
            if (e.Backend == "vllm")
            {
                changed.TrySetResult();
            }
        };
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(server.Registry.TryGet("vllm", out var vllm));
        Assert.Equal(BackendStatus.NotInstalled(StatusDetail.OnlyLinux), vllm.Status);
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelRunner.Status;
using ModelStatus.Probing;

namespace ModelStatus.Serving;

/// <summary>What <c>serve</c> listens on and how often it probes.</summary>
public sealed record ServeSettings(string Urls, TimeSpan Interval, IReadOnlyList<string> RequiredBackends);

/// <summary>
/// A Kestrel host that probes at start and then every interval, and answers
/// <c>GET /engines/status</c> in the Go JSON shape and <c>GET /healthz</c> from
/// the backend health check (200 when healthy or degraded, 503 when unhealthy).
/// </summary>
public sealed class StatusServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StatusServer(WebApplication app) => _app = app;

    /// <summary>The addresses Kestrel bound, with real ports where port 0 was asked for.</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];

    public IBackendStatusRegistry Registry => _app.Services.GetRequiredService<IBackendStatusRegistry>();

    public static async Task<StatusServer> StartAsync(ServeSettings serve, ProbeSettings probes, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(serve.Urls);
        builder.Services.AddModelRunnerStatus();
        builder.Services.AddHealthChecks().AddModelRunnerStatus(o => o.Require([.. serve.RequiredBackends]));
        builder.Services.AddSingleton(new BackendProber(probes));
        builder.Services.AddSingleton(serve);
        builder.Services.AddHostedService<ProbeLoop>();

        var app = builder.Build();
        app.MapGet("/engines/status", (IBackendStatusRegistry registry, HttpContext context) =>
        {
            context.Response.ContentType = "application/json";
            registry.Snapshot().WriteJson(context.Response.BodyWriter);
            return Task.CompletedTask;
        });
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteHealthAsync,
        });

        // The first probe runs before the server listens, so no one reads an empty report.
        await app.Services.GetRequiredService<BackendProber>().ProbeAllAsync(app.Services.GetRequiredService<IBackendStatusRegistry>(), cancellationToken);
        await app.StartAsync(cancellationToken);
        return new StatusServer(app);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteStartObject("backends");
            foreach (var (backend, status) in entry.Data)
            {
                json.WriteString(backend, status?.ToString());
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>Probes again every interval after the first.</summary>
    private sealed class ProbeLoop(BackendProber prober, IBackendStatusRegistry registry, ServeSettings serve) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(serve.Interval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await prober.ProbeAllAsync(registry, stoppingToken);
            }
        }
    }
}

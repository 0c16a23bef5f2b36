using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ModelRunner.Status.HealthChecks;

/// <summary>
/// The health of a host's inference backends, judged from an
/// <see cref="IBackendStatusRegistry"/>: a Running backend is healthy,
/// Installing degraded, Error unhealthy; Not Installed is unhealthy for a
/// backend the host requires and ignored otherwise; a required backend that
/// has not reported yet is degraded. The result is the worst of these, and
/// healthy when there is nothing to judge.
/// </summary>
/// <remarks>
/// The result's data maps each reported backend to its canonical status
/// (<c>"vllm" → "Running: vllm 0.12.0"</c>); its description names the
/// backends that made it worse than healthy, and why.
/// </remarks>
public sealed class BackendStatusHealthCheck : IHealthCheck
{
    private readonly IBackendStatusRegistry _registry;
    private readonly BackendStatusHealthCheckOptions _options;

    /// <summary>A check over <paramref name="registry"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public BackendStatusHealthCheck(IBackendStatusRegistry registry, BackendStatusHealthCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        _registry = registry;
        _options = options;
    }

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(_registry.Snapshot(), _options.RequiredBackends));

    /// <summary>Judges <paramref name="report"/> as the check does, for hosts that hold a report rather than a registry.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static HealthCheckResult Evaluate(BackendStatusReport report, IEnumerable<string> requiredBackends)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(requiredBackends);
        var required = new HashSet<string>(requiredBackends, StringComparer.Ordinal);

        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var unhealthy = new List<string>();
        var degraded = new List<string>();
        var running = 0;
        foreach (var (name, status) in report.Entries)
        {
            data[name] = status.ToString();
            switch (status.Type)
            {
                case StatusType.Running:
                    running++;
                    break;
                case StatusType.Installing:
                    degraded.Add($"{name} is {status}");
                    break;
                case StatusType.Error:
                    unhealthy.Add($"{name} is {status}");
                    break;
                case StatusType.NotInstalled when required.Contains(name):
                    unhealthy.Add($"{name} is required and {status}");
                    break;
            }
        }

        foreach (var name in required.Where(n => !report.TryGetStatus(n, out _)).Order(StringComparer.Ordinal))
        {
            degraded.Add($"{name} is required and has not reported");
        }

        var health = unhealthy.Count > 0 ? HealthStatus.Unhealthy : degraded.Count > 0 ? HealthStatus.Degraded : HealthStatus.Healthy;
        return new HealthCheckResult(health, Describe(health, unhealthy, degraded, running), data: data);
    }

    private static string Describe(HealthStatus health, List<string> unhealthy, List<string> degraded, int running)
    {
        if (health == HealthStatus.Healthy)
        {
            return running == 0 ? "No backend to judge." : $"{running} backend(s) running; none failing.";
        }

        var description = new StringBuilder();
        Append("Unhealthy", unhealthy);
        Append("Degraded", degraded);
        return description.ToString();

        void Append(string heading, List<string> problems)
        {
            if (problems.Count > 0)
            {
                description.Append(description.Length > 0 ? " " : "").Append(heading).Append(": ").AppendJoin("; ", problems).Append('.');
            }
        }
    }
}

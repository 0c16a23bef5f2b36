using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModelRunner.Status.HealthChecks;

namespace ModelRunner.Status;

/// <summary>Adds the backend health check to a host's health checks.</summary>
public static class ModelRunnerStatusHealthChecksBuilderExtensions
{
    /// <summary>The name the check is registered under unless told otherwise.</summary>
    public const string DefaultName = "model-runner-status";

    /// <summary>
    /// Adds a <see cref="BackendStatusHealthCheck"/> over the host's
    /// <see cref="IBackendStatusRegistry"/>, registering the registry too
    /// (<see cref="ModelRunnerStatusServiceCollectionExtensions.AddModelRunnerStatus"/>,
    /// which adds nothing the host already has).
    /// </summary>
    /// <param name="builder">The host's health checks.</param>
    /// <param name="configure">Names the required backends: <c>o => o.Require("llama.cpp")</c>.</param>
    /// <param name="name">The check's name.</param>
    /// <param name="tags">Tags for filtering health endpoints.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static IHealthChecksBuilder AddModelRunnerStatus(
        this IHealthChecksBuilder builder,
        Action<BackendStatusHealthCheckOptions>? configure = null,
        string name = DefaultName,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        builder.Services.AddModelRunnerStatus();
        var options = new BackendStatusHealthCheckOptions();
        configure?.Invoke(options);
        return builder.Add(new HealthCheckRegistration(
            name,
            provider => new BackendStatusHealthCheck(provider.GetRequiredService<IBackendStatusRegistry>(), options),
            failureStatus: null,
            tags));
    }
}

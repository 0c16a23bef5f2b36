namespace ModelRunner.Status.HealthChecks;

/// <summary>Which backends the host cannot do without.</summary>
public sealed class BackendStatusHealthCheckOptions
{
    /// <summary>
    /// The backends the host requires (names compared ordinally). A required
    /// backend that is Not Installed is unhealthy, and one that has not reported
    /// yet is degraded; any other backend that is Not Installed is ignored.
    /// </summary>
    public ISet<string> RequiredBackends { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="backends"/> to <see cref="RequiredBackends"/>.</summary>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="backends"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is null, empty or white space.</exception>
    public BackendStatusHealthCheckOptions Require(params string[] backends)
    {
        ArgumentNullException.ThrowIfNull(backends);
        foreach (var backend in backends)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(backend, nameof(backends));
            RequiredBackends.Add(backend);
        }

        return this;
    }
}

using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ModelRunner.Status;

/// <summary>Registers ModelRunner.Status in a host's service collection.</summary>
public static class ModelRunnerStatusServiceCollectionExtensions
{
    /// <summary>
    /// Registers the host's <see cref="ModelRunnerStatusOptions"/>, the
    /// <see cref="BackendStatusComparer"/> (also as <see cref="IComparer{T}"/> of
    /// <see cref="BackendStatusEntry"/>) and one <see cref="IBackendStatusRegistry"/>,
    /// a <see cref="BackendStatusRegistry"/> dated by the registered
    /// <see cref="TimeProvider"/> (else <see cref="TimeProvider.System"/>) and
    /// metered through the registered <see cref="IMeterFactory"/>, if any.
    /// </summary>
    /// <remarks>
    /// Every registration is a <c>TryAdd</c>: a service the host registered first
    /// is used, never replaced, and calling this again registers nothing twice.
    /// Each call's <paramref name="configure"/> runs, in order, on the one
    /// options instance.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="configure"/> is given but the host registered <see cref="ModelRunnerStatusOptions"/> by a factory or type, which this cannot configure.</exception>
    public static IServiceCollection AddModelRunnerStatus(this IServiceCollection services, Action<ModelRunnerStatusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var registered = services.FirstOrDefault(static d => d.ServiceType == typeof(ModelRunnerStatusOptions) && !d.IsKeyedService);
        var options = registered?.ImplementationInstance as ModelRunnerStatusOptions;
        if (registered is null)
        {
            options = new ModelRunnerStatusOptions();
            services.Add(ServiceDescriptor.Singleton(options));
        }
        else if (options is null && configure is not null)
        {
            throw new InvalidOperationException(
                "ModelRunnerStatusOptions is already registered by a factory or type, so AddModelRunnerStatus cannot configure it; configure it where it is registered, or register an instance.");
        }

        if (options is not null)
        {
            configure?.Invoke(options);
        }

        services.TryAddSingleton(BackendStatusComparer.Instance);
        services.TryAddSingleton<IComparer<BackendStatusEntry>>(BackendStatusComparer.Instance);
        services.TryAddSingleton<IBackendStatusRegistry>(static provider =>
            new BackendStatusRegistry(provider.GetService<TimeProvider>(), provider.GetService<IMeterFactory>()));
        return services;
    }
}

using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ModelRunner.Status.Tests.Hosting;

public class ServiceCollectionTests
{
    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void Registers_options_comparer_and_one_registry()
    {
        var services = new ServiceCollection().AddModelRunnerStatus();
        Assert.Equal(4, services.Count);
        using var provider = Build(services);
        Assert.Same(BackendStatusComparer.Instance, provider.GetRequiredService<BackendStatusComparer>());
        Assert.Same(BackendStatusComparer.Instance, provider.GetRequiredService<IComparer<BackendStatusEntry>>());
        Assert.Equal(StatusParseStyles.Strict, provider.GetRequiredService<ModelRunnerStatusOptions>().ParseStyles);
        var registry = provider.GetRequiredService<IBackendStatusRegistry>();
        Assert.IsType<BackendStatusRegistry>(registry);
        Assert.Same(registry, provider.GetRequiredService<IBackendStatusRegistry>());
    }

    [Fact]
    public void Calling_it_twice_registers_nothing_twice_and_runs_both_configures_on_one_options()
    {
        var services = new ServiceCollection();
        services.AddModelRunnerStatus(o => o.ParseStyles = StatusParseStyles.IgnoreCase);
        var count = services.Count;
        services.AddModelRunnerStatus(o => o.ParseStyles |= StatusParseStyles.Legacy);
        services.AddModelRunnerStatus();
        Assert.Equal(count, services.Count);
        Assert.Equal(services.Count, services.Select(d => d.ServiceType).Distinct().Count());

        using var provider = Build(services);
        Assert.Equal(StatusParseStyles.IgnoreCase | StatusParseStyles.Legacy, provider.GetRequiredService<ModelRunnerStatusOptions>().ParseStyles);
    }

    [Fact]
    public void A_registry_the_host_registered_first_is_used_not_replaced()
    {
        var mine = new BackendStatusRegistry();
        var services = new ServiceCollection();
        services.AddSingleton<IBackendStatusRegistry>(mine);
        services.AddModelRunnerStatus();
        Assert.Single(services, d => d.ServiceType == typeof(IBackendStatusRegistry));
        using var provider = Build(services);
        Assert.Same(mine, provider.GetRequiredService<IBackendStatusRegistry>());
    }

    [Fact]
    public void Changed_at_comes_from_the_time_provider_the_host_registered()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddModelRunnerStatus();
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
        using var provider = Build(services);

        var registry = provider.GetRequiredService<IBackendStatusRegistry>();
        var changes = new List<BackendStatusChangedEventArgs>();
        registry.Changed += (_, e) => changes.Add(e);
        registry.Report("vllm", BackendStatus.Installing());
        clock.Advance(TimeSpan.FromMinutes(3));
        registry.Report("vllm", BackendStatus.Running("vllm 0.12.0"));

        Assert.Equal([clock.GetUtcNow() - TimeSpan.FromMinutes(3), clock.GetUtcNow()], changes.Select(c => c.ChangedAt));
        Assert.True(registry.TryGet("vllm", out var record));
        Assert.Equal(clock.GetUtcNow(), record.Since);
    }

    [Fact]
    public void Without_a_registered_time_provider_the_system_clock_dates_changes()
    {
        using var provider = Build(new ServiceCollection().AddModelRunnerStatus());
        var before = DateTimeOffset.UtcNow;
        var registry = provider.GetRequiredService<IBackendStatusRegistry>();
        registry.Report("x", BackendStatus.Running());
        Assert.True(registry.TryGet("x", out var record));
        Assert.InRange(record.Since, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public void Options_the_host_registered_first_are_kept_and_configured()
    {
        var mine = new ModelRunnerStatusOptions { ParseStyles = StatusParseStyles.Lenient };
        var services = new ServiceCollection().AddSingleton(mine);
        services.AddModelRunnerStatus(o => o.Table = new StatusTableOptions { MaxWidth = 80 });
        using var provider = Build(services);
        Assert.Same(mine, provider.GetRequiredService<ModelRunnerStatusOptions>());
        Assert.Equal(80, mine.Table.MaxWidth);

        var factory = new ServiceCollection().AddSingleton(_ => new ModelRunnerStatusOptions());
        Assert.Throws<InvalidOperationException>(() => factory.AddModelRunnerStatus(o => o.ParseStyles = StatusParseStyles.Lenient));
        factory.AddModelRunnerStatus(); // nothing to configure: fine
    }

    [Fact]
    public void Null_services_and_bad_options_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => ModelRunnerStatusServiceCollectionExtensions.AddModelRunnerStatus(null!));
        Assert.Throws<ArgumentException>(() => new ModelRunnerStatusOptions { ParseStyles = (StatusParseStyles)8 });
        Assert.Throws<ArgumentNullException>(() => new ModelRunnerStatusOptions { Table = null! });
    }

    [Fact]
    public void The_meter_factory_the_host_registered_makes_the_meter()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IMeterFactory, RecordingMeterFactory>();
        services.AddModelRunnerStatus();
        using var provider = Build(services);
        provider.GetRequiredService<IBackendStatusRegistry>();
        var factory = (RecordingMeterFactory)provider.GetRequiredService<IMeterFactory>();
        Assert.Equal([BackendStatusRegistry.MeterName], factory.Created.Select(m => m.Name));
    }

    [Fact]
    public void The_registry_is_disposed_with_the_provider()
    {
        var provider = Build(new ServiceCollection().AddModelRunnerStatus());
        var registry = provider.GetRequiredService<IBackendStatusRegistry>();
        provider.Dispose();
        registry.Report("still", BackendStatus.Running()); // usable as a plain object, its meter gone
        Assert.Equal(1, registry.Snapshot().Count);
    }
}

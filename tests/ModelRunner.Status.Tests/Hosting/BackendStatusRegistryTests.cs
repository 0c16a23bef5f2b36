namespace ModelRunner.Status.Tests.Hosting;

public class BackendStatusRegistryTests
{
    private static readonly DateTimeOffset s_start = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_backend_raises_a_change_with_no_previous_status()
    {
        using var registry = new BackendStatusRegistry(new ManualTimeProvider(s_start));
        BackendStatusChangedEventArgs? change = null;
        registry.Changed += (sender, e) =>
        {
            Assert.Same(registry, sender);
            change = e;
        };

        Assert.True(registry.Report("llama.cpp", BackendStatus.Installing(StatusDetail.Downloading)));
        Assert.NotNull(change);
        Assert.Equal("llama.cpp", change.Backend);
        Assert.Null(change.Previous);
        Assert.Equal(BackendStatus.Installing(StatusDetail.Downloading), change.Current);
        Assert.Equal(s_start, change.ChangedAt);
    }

    [Fact]
    public void Reporting_the_status_a_backend_has_changes_nothing_and_raises_nothing()
    {
        var clock = new ManualTimeProvider(s_start);
        using var registry = new BackendStatusRegistry(clock);
        registry.Report("vllm", BackendStatus.Running("vllm 0.12.0"));
        var raised = 0;
        registry.Changed += (_, _) => raised++;
        clock.Advance(TimeSpan.FromHours(1));

        Assert.False(registry.Report("vllm", BackendStatus.Parse("Running: vllm 0.12.0")));
        Assert.Equal(0, raised);
        Assert.True(registry.TryGet("vllm", out var record));
        Assert.Equal(s_start, record.Since);

        Assert.True(registry.Report("vllm", BackendStatus.Running("vllm 0.12.1")));
        Assert.Equal(1, raised);
    }

    [Fact]
    public void A_change_carries_the_previous_status()
    {
        using var registry = new BackendStatusRegistry();
        var changes = new List<BackendStatusChangedEventArgs>();
        registry.Changed += (_, e) => changes.Add(e);
        registry.Report("mlx", BackendStatus.Installing());
        registry.Report("mlx", BackendStatus.Error(StatusDetail.ImportFailed));
        Assert.Equal(BackendStatus.Installing(), changes[1].Previous);
        Assert.Equal(BackendStatus.Error(StatusDetail.ImportFailed), changes[1].Current);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\t\n")]
    public void A_null_empty_or_white_space_name_is_an_argument_error(string? name)
    {
        using var registry = new BackendStatusRegistry();
        Assert.ThrowsAny<ArgumentException>(() => registry.Report(name!, BackendStatus.Running()));
        Assert.Equal(0, registry.Snapshot().Count);
        Assert.ThrowsAny<ArgumentException>(() => new BackendStatusChangedEventArgs(name!, null, default, s_start));
    }

    [Fact]
    public void Snapshot_is_sorted_as_docker_model_status_shows_it()
    {
        using var registry = new BackendStatusRegistry();
        registry.Report("sglang", BackendStatus.NotInstalled(StatusDetail.OnlyLinux));
        registry.Report("vllm", BackendStatus.Running("vllm 0.12.0"));
        registry.Report("llama.cpp", BackendStatus.Running("llama.cpp c55bce4"));
        registry.Report("mlx", BackendStatus.Error(StatusDetail.PythonNotFound));
        Assert.Equal(["llama.cpp", "vllm", "mlx", "sglang"], registry.Snapshot().Entries.Select(e => e.Name));
    }

    [Fact]
    public void A_snapshot_does_not_change_when_the_registry_does()
    {
        using var registry = new BackendStatusRegistry();
        registry.Report("a", BackendStatus.Running());
        var snapshot = registry.Snapshot();
        registry.Report("a", BackendStatus.Error());
        registry.Report("b", BackendStatus.Error());
        Assert.Equal([new BackendStatusEntry("a", BackendStatus.Running())], snapshot.Entries);
    }

    [Fact]
    public void Removing_forgets_a_backend_without_an_event()
    {
        using var registry = new BackendStatusRegistry();
        registry.Report("diffusers", BackendStatus.Running());
        var raised = 0;
        registry.Changed += (_, _) => raised++;
        Assert.True(registry.Remove("diffusers"));
        Assert.False(registry.Remove("diffusers"));
        Assert.False(registry.TryGet("diffusers", out _));
        Assert.Equal(0, registry.Snapshot().Count);
        Assert.Equal(0, raised);

        Assert.True(registry.Report("diffusers", BackendStatus.Running()));
        Assert.Equal(1, raised);
        Assert.Throws<ArgumentNullException>(() => registry.Remove(null!));
        Assert.Throws<ArgumentNullException>(() => registry.TryGet(null!, out _));
    }

    [Fact]
    public async Task A_throwing_handler_does_not_undo_the_change_or_stop_other_handlers()
    {
        using var registry = new BackendStatusRegistry();
        var seen = new List<string>();
        registry.Changed += (_, e) => seen.Add("first " + e.Current);
        registry.Changed += (_, _) => throw new InvalidOperationException("subscriber bug");
        registry.Changed += (_, e) => seen.Add("third " + e.Current);

        var error = Assert.Throws<InvalidOperationException>(() => registry.Report("vllm", BackendStatus.Running()));
        Assert.Equal("subscriber bug", error.Message);
        Assert.Equal(["first Running", "third Running"], seen);
        Assert.True(registry.TryGet("vllm", out var record));
        Assert.Equal(BackendStatus.Running(), record.Status);

        // Still usable, from this thread and others (the backend's lock was released).
        Assert.Throws<InvalidOperationException>(() => registry.Report("vllm", BackendStatus.Error()));
        Assert.Equal(1, await Task.Run(() => registry.Snapshot().Count).WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => registry.Report("vllm", BackendStatus.Installing())).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(BackendStatus.Installing(), registry.Snapshot().Entries.Single().Status);
    }

    [Fact]
    public void Several_throwing_handlers_are_reported_together()
    {
        using var registry = new BackendStatusRegistry();
        registry.Changed += (_, _) => throw new InvalidOperationException("one");
        registry.Changed += (_, _) => throw new FormatException("two");
        var error = Assert.Throws<AggregateException>(() => registry.Report("x", BackendStatus.Running()));
        Assert.Equal(2, error.InnerExceptions.Count);
        Assert.Contains("the change of 'x' to 'Running' stands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_may_report_again_and_events_stay_in_order()
    {
        using var registry = new BackendStatusRegistry();
        var order = new List<string>();
        registry.Changed += (_, e) =>
        {
            order.Add(e.Current.ToString());
            if (e.Current.Type == StatusType.Installing)
            {
                registry.Report(e.Backend, BackendStatus.Running("done"));
            }
        };
        registry.Report("llama.cpp", BackendStatus.Installing());
        Assert.Equal(["Installing", "Running: done"], order);
        Assert.Equal(BackendStatus.Running("done"), registry.Snapshot().Entries.Single().Status);
    }
}

using System.Diagnostics.Metrics;

namespace ModelRunner.Status.Tests.Hosting;

public class RegistryMetricsTests
{
    [Fact]
    public void A_meter_listener_reads_backends_per_type_and_counts_changes()
    {
        using var meters = new RecordingMeterFactory();
        using var registry = new BackendStatusRegistry(null, meters);
        var meter = Assert.Single(meters.Created);
        var gauge = new Dictionary<string, int>();
        var changes = new List<(long Value, string? Backend, string? Status)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's registry: other tests' registries publish meters of the same name.
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            Assert.Equal("modelrunner.backend.count", instrument.Name);
            Assert.Equal("{backend}", instrument.Unit);
            gauge[Tag(tags, "modelrunner.backend.status")!] = value;
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            Assert.Equal("modelrunner.backend.status_changes", instrument.Name);
            changes.Add((value, Tag(tags, "modelrunner.backend.name"), Tag(tags, "modelrunner.backend.status")));
        });
        listener.Start();
        Assert.Equal(BackendStatusRegistry.MeterName, meter.Name);

        registry.Report("llama.cpp", BackendStatus.Installing());
        registry.Report("llama.cpp", BackendStatus.Running("llama.cpp c55bce4"));
        registry.Report("llama.cpp", BackendStatus.Running("llama.cpp c55bce4")); // no change, no count
        registry.Report("vllm", BackendStatus.Running("vllm 0.12.0"));
        registry.Report("mlx", BackendStatus.NotInstalled(StatusDetail.OnlyAppleSilicon));
        registry.Report("sglang", BackendStatus.Error(StatusDetail.PythonNotFound));
        registry.Remove("sglang");

        listener.RecordObservableInstruments();
        Assert.Equal(new Dictionary<string, int> { ["running"] = 2, ["error"] = 0, ["not_installed"] = 1, ["installing"] = 0 }, gauge);
        Assert.Equal(
            [(1L, "llama.cpp", "installing"), (1L, "llama.cpp", "running"), (1L, "vllm", "running"), (1L, "mlx", "not_installed"), (1L, "sglang", "error")],
            changes);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}

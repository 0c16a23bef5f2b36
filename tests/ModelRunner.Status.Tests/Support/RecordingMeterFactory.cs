using System.Diagnostics.Metrics;

namespace ModelRunner.Status.Tests;

/// <summary>An <see cref="IMeterFactory"/> that keeps the meters it made, so a test can listen to its own.</summary>
public sealed class RecordingMeterFactory : IMeterFactory
{
    public List<Meter> Created { get; } = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        Created.Add(meter);
        return meter;
    }

    public void Dispose() => Created.ForEach(m => m.Dispose());
}

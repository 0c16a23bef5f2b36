using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ModelRunner.Status;

/// <summary>
/// The registry's instruments, named and tagged in OpenTelemetry's style:
/// lower-case dotted names, a unit in braces, enum values in snake case.
/// </summary>
internal sealed class BackendStatusMetrics : IDisposable
{
    public const string CountName = "modelrunner.backend.count";
    public const string ChangesName = "modelrunner.backend.status_changes";
    public const string StatusTag = "modelrunner.backend.status";
    public const string NameTag = "modelrunner.backend.name";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _changes;
    private readonly int[] _counts = new int[4];

    public BackendStatusMetrics(IMeterFactory? meterFactory)
    {
        var options = new MeterOptions(BackendStatusRegistry.MeterName) { Version = typeof(BackendStatusMetrics).Assembly.GetName().Version?.ToString() };
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(options) ?? new Meter(options);
        _changes = _meter.CreateCounter<long>(ChangesName, unit: "{change}", description: "Status changes reported by backends.");
        _meter.CreateObservableGauge(CountName, Observe, unit: "{backend}", description: "Backends in each status type.");
    }

    /// <summary>The tag value of a type: <c>running</c>, <c>error</c>, <c>not_installed</c>, <c>installing</c>.</summary>
    public static string TagOf(StatusType type) => type switch
    {
        StatusType.Running => "running",
        StatusType.Error => "error",
        StatusType.NotInstalled => "not_installed",
        _ => "installing",
    };

    public void Changed(string backend, StatusType? previous, StatusType current)
    {
        if (previous is { } before)
        {
            Interlocked.Decrement(ref _counts[(int)before]);
        }

        Interlocked.Increment(ref _counts[(int)current]);
        _changes.Add(1, new TagList { { NameTag, backend }, { StatusTag, TagOf(current) } });
    }

    public void Removed(StatusType type) => Interlocked.Decrement(ref _counts[(int)type]);

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private Measurement<int>[] Observe() =>
    [
        Measure(StatusType.Running), Measure(StatusType.Error), Measure(StatusType.NotInstalled), Measure(StatusType.Installing),
    ];

    private Measurement<int> Measure(StatusType type) =>
        new(Volatile.Read(ref _counts[(int)type]), new KeyValuePair<string, object?>(StatusTag, TagOf(type)));
}

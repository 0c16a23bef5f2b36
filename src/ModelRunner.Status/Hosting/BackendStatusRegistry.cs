using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.ExceptionServices;

namespace ModelRunner.Status;

/// <summary>
/// The default <see cref="IBackendStatusRegistry"/>: each backend's status is
/// an immutable record swapped in whole, so no reader can see the type of one
/// report with the details of another, and each backend has its own lock, so
/// writers to different backends never wait for each other.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Changed"/> handlers run on the reporting thread while that
/// backend's lock is held; that is what makes one backend's events arrive in
/// the order its changes took effect. Keep handlers short. A handler may
/// report again, or read the registry; it must not wait for another thread
/// that reports the same backend.
/// </para>
/// <para>
/// A handler that throws does not undo the change and does not stop the other
/// handlers: every handler runs, and then <see cref="Report(string, BackendStatus)"/>
/// rethrows the exception (or an <see cref="AggregateException"/> of several).
/// The registry stays usable.
/// </para>
/// <para>
/// The registry publishes metrics on a <see cref="Meter"/> named
/// <see cref="MeterName"/>: the gauge <c>modelrunner.backend.count</c> (backends per
/// status type, tagged <c>modelrunner.backend.status</c>) and the counter
/// <c>modelrunner.backend.status_changes</c> (tagged <c>modelrunner.backend.name</c>
/// and <c>modelrunner.backend.status</c>).
/// </para>
/// </remarks>
public sealed class BackendStatusRegistry : IBackendStatusRegistry, IDisposable
{
    /// <summary>The name of the <see cref="Meter"/> the registry publishes on.</summary>
    public const string MeterName = "ModelRunner.Status";

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly BackendStatusMetrics _metrics;

    /// <summary>A registry on <see cref="TimeProvider.System"/> with a meter of its own.</summary>
    public BackendStatusRegistry()
        : this(null, null)
    {
    }

    /// <summary>A registry that dates changes by <paramref name="timeProvider"/> and publishes metrics through <paramref name="meterFactory"/>.</summary>
    /// <param name="timeProvider">The clock for <see cref="BackendStatusChangedEventArgs.ChangedAt"/>; <see langword="null"/> is <see cref="TimeProvider.System"/>.</param>
    /// <param name="meterFactory">Where the meter comes from; <see langword="null"/> makes a meter the registry owns.</param>
    public BackendStatusRegistry(TimeProvider? timeProvider, IMeterFactory? meterFactory = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _metrics = new BackendStatusMetrics(meterFactory);
    }

    /// <inheritdoc/>
    public event EventHandler<BackendStatusChangedEventArgs>? Changed;

    /// <inheritdoc/>
    /// <exception cref="AggregateException">Several <see cref="Changed"/> handlers threw; the change stands.</exception>
    public bool Report(string backend, BackendStatus status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backend);
        while (true)
        {
            var slot = _slots.GetOrAdd(backend, static _ => new Slot());
            lock (slot)
            {
                if (slot.Removed)
                {
                    continue; // Removed between the lookup and the lock: report into a fresh slot.
                }

                var previous = slot.Current?.Status;
                if (previous == status)
                {
                    return false;
                }

                var now = _timeProvider.GetUtcNow();
                slot.Current = new BackendStatusRecord(backend, status, now);
                _metrics.Changed(backend, previous?.Type, status.Type);
                Raise(new BackendStatusChangedEventArgs(backend, previous, status, now));
                return true;
            }
        }
    }

    /// <inheritdoc/>
    public BackendStatusReport Snapshot()
    {
        var entries = new List<BackendStatusEntry>(_slots.Count);
        foreach (var pair in _slots)
        {
            if (pair.Value.Current is { } record)
            {
                entries.Add(new BackendStatusEntry(record.Backend, record.Status));
            }
        }

        return BackendStatusReport.FromUniqueEntries([.. entries]);
    }

    /// <inheritdoc/>
    public bool TryGet(string backend, out BackendStatusRecord record)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (_slots.TryGetValue(backend, out var slot) && slot.Current is { } current)
        {
            record = current;
            return true;
        }

        record = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Remove(string backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (!_slots.TryRemove(backend, out var slot))
        {
            return false;
        }

        lock (slot)
        {
            slot.Removed = true;
            if (slot.Current is { } current)
            {
                _metrics.Removed(current.Status.Type);
                slot.Current = null;
            }
        }

        return true;
    }

    /// <summary>Disposes the meter, if the registry made it.</summary>
    public void Dispose() => _metrics.Dispose();

    private void Raise(BackendStatusChangedEventArgs change)
    {
        var handlers = Changed;
        if (handlers is null)
        {
            return;
        }

        List<Exception>? errors = null;
        foreach (var handler in handlers.GetInvocationList())
        {
            try
            {
                ((EventHandler<BackendStatusChangedEventArgs>)handler)(this, change);
            }
            catch (Exception error)
            {
                (errors ??= []).Add(error);
            }
        }

        if (errors is [var single])
        {
            ExceptionDispatchInfo.Throw(single);
        }

        if (errors is not null)
        {
            throw new AggregateException($"{errors.Count} handlers of BackendStatusRegistry.Changed threw; the change of '{change.Backend}' to '{change.Current}' stands.", errors);
        }
    }

    /// <summary>One backend. <see cref="Current"/> is read without the lock: it is published whole, never changed in place.</summary>
    private sealed class Slot
    {
        private volatile Published? _current;

        public BackendStatusRecord? Current
        {
            get => _current?.Record;
            set => _current = value is { } record ? new Published(record) : null;
        }

        public bool Removed { get; set; }

        // A reference can be swapped atomically; a BackendStatusRecord (several fields) cannot.
        private sealed record Published(BackendStatusRecord Record);
    }
}

using System.Collections.Concurrent;

namespace ModelRunner.Status.Tests.Hosting;

/// <summary>Writers and readers at once, bounded in work and time.</summary>
public class RegistryConcurrencyTests
{
    private const int Writers = 4;
    private const int Readers = 2;
    private const int ReportsPerWriter = 20_000;
    private static readonly string[] s_backends = ["llama.cpp", "vllm", "diffusers", "mlx", "sglang"];

    // Details name the type they were reported with, so a torn status shows itself.
    private static BackendStatus StatusFor(StatusType type, int writer, int n) => new(type, $"{type.ToWireName()} from {writer}/{n}");

    private static bool IsWhole(BackendStatus status) => status.Details.StartsWith(status.Type.ToWireName() + " from ", StringComparison.Ordinal);

    [Fact]
    public async Task Concurrent_writers_and_readers_see_no_torn_status_and_events_chain_per_backend()
    {
        using var registry = new BackendStatusRegistry();
        var last = new ConcurrentDictionary<string, BackendStatus>();
        var brokenChains = new ConcurrentQueue<string>();
        registry.Changed += (_, e) =>
        {
            // Handlers of one backend run one at a time, in order: each change starts where the last ended.
            var had = last.TryGetValue(e.Backend, out var before);
            if (had != e.Previous.HasValue || (had && before != e.Previous!.Value))
            {
                brokenChains.Enqueue($"{e.Backend}: event says previous {e.Previous}, last event said {before}");
            }

            last[e.Backend] = e.Current;
        };

        var torn = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        using var readersReady = new CountdownEvent(Readers);
        using var go = new ManualResetEventSlim();
        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Factory.StartNew(() =>
        {
            var snapshots = 0;
            readersReady.Signal();
            do
            {
                foreach (var entry in registry.Snapshot().Entries)
                {
                    if (!IsWhole(entry.Status))
                    {
                        torn.Enqueue($"{entry.Name}: {entry.Status}");
                    }
                }

                snapshots++;
            }
            while (!stop.IsCancellationRequested);

            return snapshots;
        }, TaskCreationOptions.LongRunning)).ToArray();

        // Dedicated threads, started together once the readers are reading, so the work really overlaps.
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Factory.StartNew(() =>
        {
            go.Wait();
            var random = new Random(writer); // fixed seeds: the same work every run
            for (var n = 0; n < ReportsPerWriter; n++)
            {
                var backend = s_backends[random.Next(s_backends.Length)];
                registry.Report(backend, StatusFor((StatusType)random.Next(4), writer, n));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();

        Assert.True(readersReady.Wait(TimeSpan.FromSeconds(30)), "readers did not start");
        go.Set();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60)); // bounded: a hang fails the test
        stop.Cancel();
        var snapshotsTaken = await Task.WhenAll(readers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Empty(torn);
        Assert.Empty(brokenChains);
        Assert.All(snapshotsTaken, taken => Assert.True(taken > 0));

        var final = registry.Snapshot();
        Assert.Equal(s_backends.Length, final.Count);
        foreach (var entry in final.Entries)
        {
            Assert.True(IsWhole(entry.Status));
            Assert.Equal(entry.Status, last[entry.Name]);
        }
    }

    [Fact]
    public async Task Concurrent_reports_and_removals_leave_a_consistent_registry()
    {
        using var registry = new BackendStatusRegistry();
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(() =>
        {
            var random = new Random(100 + writer);
            for (var n = 0; n < ReportsPerWriter / 4; n++)
            {
                var backend = s_backends[random.Next(s_backends.Length)];
                if (random.Next(5) == 0)
                {
                    registry.Remove(backend);
                }
                else
                {
                    registry.Report(backend, StatusFor((StatusType)random.Next(4), writer, n));
                }
            }
        })).ToArray();

        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));
        var snapshot = registry.Snapshot();
        Assert.All(snapshot.Entries, e => Assert.True(IsWhole(e.Status)));
        foreach (var backend in s_backends)
        {
            var inSnapshot = snapshot.TryGetStatus(backend, out var status);
            Assert.Equal(inSnapshot, registry.TryGet(backend, out var record));
            if (inSnapshot)
            {
                Assert.Equal(status, record.Status);
            }
        }
    }
}

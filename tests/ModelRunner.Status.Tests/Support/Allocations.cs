namespace ModelRunner.Status.Tests;

/// <summary>
/// Counts the bytes an action allocates on this thread. The action runs once
/// first so that one-time work (type initialization, JIT) is not counted;
/// the count is deterministic, unlike a timing.
/// </summary>
public static class Allocations
{
    public static long Measure(Action action, int iterations = 100)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static object? s_sink;

    /// <summary>What an allocation of <paramref name="allocate"/>'s result costs, kept alive so it cannot be elided.</summary>
    public static long SizeOf(Func<object> allocate) => Measure(() => s_sink = allocate(), iterations: 1);

    public static void AssertNone(Action action, string what) =>
        Assert.True(Measure(action) == 0, $"{what} allocated {Measure(action)} bytes over 100 calls; expected none.");
}

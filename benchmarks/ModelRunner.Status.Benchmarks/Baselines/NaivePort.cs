namespace ModelRunner.Status.Benchmarks.Baselines;

/// <summary>
/// How a quick port would read a status: split at the first <c>": "</c> and
/// look the head up in a dictionary. Allocates the parts on every call.
/// </summary>
public static class NaivePort
{
    private static readonly Dictionary<string, StatusType> s_types = new(StringComparer.Ordinal)
    {
        ["Running"] = StatusType.Running,
        ["Error"] = StatusType.Error,
        ["Not Installed"] = StatusType.NotInstalled,
        ["Installing"] = StatusType.Installing,
    };

    public static (StatusType Type, string Details) Parse(string status)
    {
        if (status.Length == 0)
        {
            return (StatusType.NotInstalled, "");
        }

        var parts = status.Split(": ", 2);
        if (s_types.TryGetValue(parts[0], out var type))
        {
            return (type, parts.Length == 2 ? parts[1] : "");
        }

        return (StatusType.Error, status);
    }
}

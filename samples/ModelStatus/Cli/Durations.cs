using System.Globalization;

namespace ModelStatus;

/// <summary>Durations as people write them on a command line: <c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>1h</c>, or <c>00:00:30</c>.</summary>
public static class Durations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        text = text.Trim();
        (string Suffix, double Scale)[] units = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)];
        foreach (var (suffix, scale) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && value > 0)
            {
                duration = TimeSpan.FromMilliseconds(value * scale);
                return true;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration) && duration > TimeSpan.Zero;
    }

    public static string Format(TimeSpan duration) => duration.TotalSeconds >= 1 && duration.TotalSeconds == Math.Floor(duration.TotalSeconds)
        ? $"{duration.TotalSeconds:0}s"
        : $"{duration.TotalMilliseconds:0}ms";
}

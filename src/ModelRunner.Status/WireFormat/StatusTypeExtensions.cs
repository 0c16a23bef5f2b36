namespace ModelRunner.Status;

/// <summary>Wire names of <see cref="StatusType"/> values, without allocation.</summary>
public static class StatusTypeExtensions
{
    /// <summary>
    /// Returns the wire name of <paramref name="type"/>: <c>Running</c>,
    /// <c>Error</c>, <c>Not Installed</c> or <c>Installing</c>. The string is a
    /// constant; nothing is allocated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a declared value.</exception>
    public static string ToWireName(this StatusType type) => type switch
    {
        StatusType.Running => WireNames.Running,
        StatusType.Error => WireNames.Error,
        StatusType.NotInstalled => WireNames.NotInstalled,
        StatusType.Installing => WireNames.Installing,
        _ => throw UndefinedType(type),
    };

    /// <summary>
    /// Returns the wire name of <paramref name="type"/> as UTF-8 bytes. The span
    /// points at constant data; nothing is allocated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a declared value.</exception>
    public static ReadOnlySpan<byte> ToWireNameUtf8(this StatusType type) => type switch
    {
        StatusType.Running => "Running"u8,
        StatusType.Error => "Error"u8,
        StatusType.NotInstalled => "Not Installed"u8,
        StatusType.Installing => "Installing"u8,
        _ => throw UndefinedType(type),
    };

    /// <summary>Whether <paramref name="type"/> is one of the four declared values.</summary>
    public static bool IsDefined(this StatusType type) => (uint)type <= (uint)StatusType.Installing;

    /// <summary>
    /// Reads a wire name exactly (ordinal, case-sensitive): <c>"Not Installed"</c>
    /// gives <see cref="StatusType.NotInstalled"/>. Enum member names such as
    /// <c>"NotInstalled"</c> and numbers are not wire names and give <see langword="false"/>.
    /// </summary>
    public static bool TryParseWireName(ReadOnlySpan<char> wireName, out StatusType type)
    {
        foreach (var candidate in WireNames.All)
        {
            if (wireName.SequenceEqual(candidate.ToWireName()))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    internal static void ThrowIfUndefined(StatusType type, string? paramName = "type")
    {
        if (!type.IsDefined())
        {
            throw UndefinedType(type, paramName);
        }
    }

    private static ArgumentOutOfRangeException UndefinedType(StatusType type, string? paramName = "type") =>
        new(paramName, type, $"{(int)type} is not a StatusType: expected Running, Error, NotInstalled or Installing.");
}

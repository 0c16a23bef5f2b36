using System.Diagnostics;

namespace ModelRunner.Status;

/// <summary>
/// One backend's status: a <see cref="StatusType"/> and free-form details, as
/// Docker Model Runner's backends report it (<c>Running: llama.cpp c55bce4</c>,
/// <c>Not Installed: only supported on Linux</c>).
/// </summary>
/// <remarks>
/// <para>
/// The canonical text (<see cref="ToString()"/>) is the wire name alone when
/// there are no details, and otherwise the wire name, <c>": "</c> and the
/// details as given, never trimmed or escaped, exactly as the Go
/// <c>FormatStatus</c> writes it. <see cref="Parse(string?)"/> reads it back as
/// the Go <c>ParseStatus</c> does.
/// </para>
/// <para>
/// Two statuses are equal when their types are equal and their details are
/// equal ordinally. <c>default(BackendStatus)</c> is <c>Running</c> with no
/// details, because <see cref="StatusType.Running"/> is the first type.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[System.Text.Json.Serialization.JsonConverter(typeof(BackendStatusJsonConverter))]
public readonly partial struct BackendStatus : IEquatable<BackendStatus>
{
    private readonly string? _details;

    /// <summary>Creates a status of <paramref name="type"/> with <paramref name="details"/> (<see langword="null"/> means none).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a declared <see cref="StatusType"/>.</exception>
    public BackendStatus(StatusType type, string? details = null)
    {
        StatusTypeExtensions.ThrowIfUndefined(type);
        Type = type;
        _details = details;
    }

    /// <summary>The status type.</summary>
    public StatusType Type { get; }

    /// <summary>The details; never <see langword="null"/>, <c>""</c> when there are none.</summary>
    public string Details => _details ?? "";

    /// <summary><c>Running</c>, with <paramref name="details"/> such as <c>llama.cpp c55bce4</c> (<see langword="null"/> means none).</summary>
    public static BackendStatus Running(string? details = null) => new(StatusType.Running, details);

    /// <summary><c>Error</c>, with <paramref name="details"/> such as <see cref="StatusDetail.ImportFailed"/> (<see langword="null"/> means none).</summary>
    public static BackendStatus Error(string? details = null) => new(StatusType.Error, details);

    /// <summary><c>Not Installed</c>, with <paramref name="details"/> such as <see cref="StatusDetail.OnlyLinux"/> (<see langword="null"/> means none).</summary>
    public static BackendStatus NotInstalled(string? details = null) => new(StatusType.NotInstalled, details);

    /// <summary><c>Installing</c>, with <paramref name="details"/> such as <see cref="StatusDetail.Downloading"/> (<see langword="null"/> means none).</summary>
    public static BackendStatus Installing(string? details = null) => new(StatusType.Installing, details);

    /// <summary>Splits the status into its type and details.</summary>
    public void Deconstruct(out StatusType type, out string details)
    {
        type = Type;
        details = Details;
    }

    /// <inheritdoc/>
    public bool Equals(BackendStatus other) => Type == other.Type && string.Equals(Details, other.Details, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BackendStatus other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, StringComparer.Ordinal.GetHashCode(Details));

    /// <summary>Whether two statuses have the same type and ordinally equal details.</summary>
    public static bool operator ==(BackendStatus left, BackendStatus right) => left.Equals(right);

    /// <summary>Whether two statuses differ in type or details.</summary>
    public static bool operator !=(BackendStatus left, BackendStatus right) => !left.Equals(right);
}

namespace ModelRunner.Status;

/// <summary>
/// How far parsing may stray from the canonical wire form. Every style first
/// parses strictly, and where strict parsing recognizes the text its answer
/// stands; the styles only add readings of text strict parsing would call an
/// <see cref="StatusType.Error"/>.
/// </summary>
/// <remarks>
/// Only the declared bits are styles. Passing any other bit to a parse method
/// is an <see cref="ArgumentException"/>, on the <c>TryParse</c> path too,
/// because it is a bug in the caller, not a property of the text.
/// </remarks>
[Flags]
public enum StatusParseStyles
{
    /// <summary>Exactly the Go <c>ParseStatus</c>: the wire names, case-sensitive, followed by nothing or by <c>": "</c>.</summary>
    Strict = 0,

    /// <summary>Wire names and legacy words match ASCII case-insensitively (only ASCII letters fold).</summary>
    IgnoreCase = 1,

    /// <summary>
    /// Leading and trailing white space is ignored, white space may stand around
    /// the colon and between <c>Not</c> and <c>Installed</c>, the colon may have
    /// no space after it, and details are trimmed.
    /// </summary>
    AllowWhiteSpace = 2,

    /// <summary>The free-form strings backends reported before the standard format, such as <c>running vllm version: 0.8.1</c>.</summary>
    Legacy = 4,

    /// <summary>All of the above: what to use to read any runner, old or new.</summary>
    Lenient = IgnoreCase | AllowWhiteSpace | Legacy,
}

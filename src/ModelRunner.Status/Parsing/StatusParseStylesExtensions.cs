namespace ModelRunner.Status;

internal static class StatusParseStylesExtensions
{
    public static bool IsValid(this StatusParseStyles styles) => (styles & ~StatusParseStyles.Lenient) == 0;

    public static void ThrowIfInvalid(this StatusParseStyles styles, string paramName = "styles")
    {
        if (!styles.IsValid())
        {
            throw new ArgumentException(
                $"0x{(int)styles:x} is not a combination of StatusParseStyles: only IgnoreCase (1), AllowWhiteSpace (2) and Legacy (4) are defined.",
                paramName);
        }
    }
}

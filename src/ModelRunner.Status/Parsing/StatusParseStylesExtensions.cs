namespace ModelRunner.Status;

internal static class StatusParseStylesExtensions
{
    public static void ThrowIfInvalid(this StatusParseStyles styles, string paramName = "styles")
    {
        if ((styles & ~StatusParseStyles.Lenient) != 0)
        {
            throw new ArgumentException(
                $"0x{(int)styles:x} is not a combination of StatusParseStyles: only IgnoreCase (1), AllowWhiteSpace (2) and Legacy (4) are defined.",
                paramName);
        }
    }
}

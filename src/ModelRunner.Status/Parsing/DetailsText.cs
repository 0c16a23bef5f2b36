namespace ModelRunner.Status;

/// <summary>
/// Constant text a legacy rule puts in front of the details it keeps from the
/// input (or in their place). Kept as an enum so the grammar stays free of
/// encodings; <see cref="DetailsTextExtensions"/> gives each as UTF-16 and UTF-8.
/// </summary>
internal enum DetailsText : byte
{
    None,
    ImportFailed,
    PythonNotFound,
    BinaryNotFound,
    PackageNotInstalled,
    VersionUnknown,
    DownloadingLlamaCpp,
    CheckingForUpdatesLlamaCpp,
}

internal static class DetailsTextExtensions
{
    public static string ToText(this DetailsText text) => text switch
    {
        DetailsText.ImportFailed => StatusDetail.ImportFailed,
        DetailsText.PythonNotFound => StatusDetail.PythonNotFound,
        DetailsText.BinaryNotFound => StatusDetail.BinaryNotFound,
        DetailsText.PackageNotInstalled => StatusDetail.PackageNotInstalled,
        DetailsText.VersionUnknown => StatusDetail.VersionUnknown,
        DetailsText.DownloadingLlamaCpp => StatusDetail.Downloading + " llama.cpp ",
        DetailsText.CheckingForUpdatesLlamaCpp => StatusDetail.CheckingForUpdates + " llama.cpp ",
        _ => "",
    };

    public static ReadOnlySpan<byte> ToUtf8(this DetailsText text) => text switch
    {
        DetailsText.ImportFailed => "import failed"u8,
        DetailsText.PythonNotFound => "Python not found"u8,
        DetailsText.BinaryNotFound => "binary not found"u8,
        DetailsText.PackageNotInstalled => "package not installed"u8,
        DetailsText.VersionUnknown => "version unknown"u8,
        DetailsText.DownloadingLlamaCpp => "downloading llama.cpp "u8,
        DetailsText.CheckingForUpdatesLlamaCpp => "checking for updates llama.cpp "u8,
        _ => default,
    };
}

namespace ModelStatus.Tests;

/// <summary>A temporary folder for fake commands and packages, removed afterwards.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "model-status-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes an executable script named <paramref name="name"/>.</summary>
    public string Command(string name, string script)
    {
        var file = File(name, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return file;
    }

    public string File(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

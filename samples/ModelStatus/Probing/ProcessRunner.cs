using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ModelStatus.Probing;

/// <summary>What a probe's process did: finished (with its exit code and output), ran past its time, or never started.</summary>
public sealed record ProcessOutcome(bool Started, bool TimedOut, int ExitCode, string Output, string Error, string? StartError)
{
    public bool Succeeded => Started && !TimedOut && ExitCode == 0;
}

/// <summary>
/// Runs a short-lived command and waits for it, never longer than a timeout:
/// a command that hangs is killed with its children, so a probe can never hang
/// the tool.
/// </summary>
public static class ProcessRunner
{
    private const int MaxOutputChars = 64 * 1024;

    public static async Task<ProcessOutcome> RunAsync(
        string fileName, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception error) when (error is Win32Exception or InvalidOperationException)
        {
            return new ProcessOutcome(false, false, -1, "", "", error.Message);
        }

        process.StandardInput.Close();
        var output = ReadCappedAsync(process.StandardOutput);
        var errors = ReadCappedAsync(process.StandardError);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessOutcome(true, true, -1, "", "", null);
        }

        return new ProcessOutcome(true, false, process.ExitCode, await output, await errors, null);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    // Reads to the end, keeping only the first part: a chatty command must not fill memory.
    private static async Task<string> ReadCappedAsync(StreamReader reader)
    {
        var kept = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            kept.Append(buffer, 0, Math.Min(read, Math.Max(0, MaxOutputChars - kept.Length)));
        }

        return kept.ToString();
    }
}

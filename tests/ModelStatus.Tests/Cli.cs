using System.Text;
using ModelStatus.Cli;

namespace ModelStatus.Tests;

/// <summary>Runs the tool in-process, as its Main does, with captured output.</summary>
public static class Cli
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exit = await ModelStatusCommand.RunAsync(args, output, error, deadline.Token);
        return (exit, output.ToString(), error.ToString());
    }
}

/// <summary>A writer that lets a test wait for a line, for a command that keeps running.</summary>
public sealed class WatchedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waits = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
            if (value != '\n')
            {
                return;
            }

            var line = _text.ToString().Split('\n')[^2];
            foreach (var (match, found) in _waits.Where(w => w.Match(line)).ToList())
            {
                found.TrySetResult(line);
            }
        }
    }

    public Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        lock (_text)
        {
            var existing = _text.ToString().Split('\n').FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((match, found));
            return found.Task;
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}

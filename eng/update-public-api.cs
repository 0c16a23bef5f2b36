// Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016)
// to the project's PublicAPI.Unshipped.txt, for each target framework.
// Usage: dotnet run eng/update-public-api.cs -- src/ModelRunner.Status
using System.Diagnostics;
using System.Text.Json;

var project = args.Length > 0 ? Path.GetFullPath(args[0]) : throw new ArgumentException("usage: update-public-api.cs <project folder>");
var unshipped = Path.Combine(project, "PublicAPI.Unshipped.txt");
var names = new SortedSet<string>(StringComparer.Ordinal);
foreach (var line in File.ReadAllLines(unshipped).Skip(1))
{
    if (line.Length > 0)
    {
        names.Add(line);
    }
}

var log = Path.Combine(Path.GetTempPath(), $"public-api-{Guid.NewGuid():N}.sarif");
foreach (var framework in new[] { "net8.0", "net10.0" })
{
    var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-f", framework, "--no-incremental", $"-p:ErrorLog={log}%2Cversion=2.1"])
    {
        RedirectStandardOutput = true,
    })!;
    build.StandardOutput.ReadToEnd();
    build.WaitForExit();
    if (!File.Exists(log))
    {
        continue; // That framework is not one the project targets.
    }

    using var sarif = JsonDocument.Parse(File.ReadAllText(log));
    foreach (var result in sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
    {
        if (result.GetProperty("ruleId").GetString() == "RS0016"
            && result.GetProperty("properties").GetProperty("customProperties").TryGetProperty("APIName", out var name))
        {
            names.Add(name.GetString()!);
        }
    }

    File.Delete(log);
}

File.WriteAllLines(unshipped, ["#nullable enable", .. names]);
Console.WriteLine($"{unshipped}: {names.Count} symbols");

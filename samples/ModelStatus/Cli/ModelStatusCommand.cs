using System.CommandLine;
using System.Text;
using System.Text.Json;
using ModelRunner.Status;
using ModelStatus.Probing;
using ModelStatus.Reading;
using ModelStatus.Serving;

namespace ModelStatus.Cli;

/// <summary>
/// <c>model-status</c>: with no arguments, probes this machine's backends and
/// prints the table; <c>--url</c> reads a live runner; <c>--file</c> a saved
/// body; <c>serve</c> answers <c>/engines/status</c> and <c>/healthz</c>.
/// Exit codes: 0 done, 1 the runner is not running, 2 an error (one line on
/// standard error).
/// </summary>
public static class ModelStatusCommand
{
    public const int Ok = 0;
    public const int NotRunning = 1;
    public const int Failed = 2;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var url = new Option<Uri?>("--url") { Description = "Read URL/engines/status from a running Docker Model Runner (or a serve instance).", CustomParser = ParseUrl };
        var file = new Option<string?>("--file") { Description = "Read a saved /engines/status body from PATH, or '-' for standard input." };
        var json = new Option<bool>("--json") { Description = "Print {\"running\", \"backends\", \"endpoint\"} as JSON instead of the table." };
        var strict = new Option<bool>("--strict") { Description = "Parse statuses as the Go CLI does; the default is lenient, so older runners read correctly." };
        var timeout = DurationOption("--timeout", "How long to wait for --url to answer.", TimeSpan.FromSeconds(10));
        var probeTimeout = DurationOption("--probe-timeout", "How long any one probe command may take.", ProbeSettings.DefaultTimeout);
        var width = new Option<int?>("--width") { Description = "Cut long details with … to fit this many columns." };
        width.Validators.Add(result =>
        {
            if (result.GetValue(width) is < 1)
            {
                result.AddError("--width must be at least 1.");
            }
        });

        var root = new RootCommand("Show the status of Docker Model Runner's inference backends: this machine's, a live runner's, or a saved body's.");
        foreach (var option in new Option[] { url, file, json, strict, timeout, probeTimeout, width })
        {
            root.Options.Add(option);
        }

        root.Validators.Add(result =>
        {
            if (result.GetResult(url) is not null && result.GetResult(file) is not null)
            {
                result.AddError("--url and --file cannot be used together.");
            }
        });

        root.SetAction(async (parse, token) =>
        {
            var styles = parse.GetValue(strict) ? StatusParseStyles.Strict : StatusParseStyles.Lenient;
            var table = new StatusTableOptions { MaxWidth = parse.GetValue(width) };
            if (parse.GetValue(url) is { } baseUrl)
            {
                var outcome = await RunnerReader.ReadUrlAsync(baseUrl, styles, parse.GetValue(timeout), token);
                return Print(outcome, RunnerReader.StatusEndpoint(baseUrl).ToString(), parse.GetValue(json), table, output, error);
            }

            if (parse.GetValue(file) is { } path)
            {
                var outcome = await RunnerReader.ReadFileAsync(path, styles, token);
                return Print(outcome, null, parse.GetValue(json), table, output, error);
            }

            return await ProbeHereAsync(new ProbeSettings { Timeout = parse.GetValue(probeTimeout) }, parse.GetValue(json), table, output, token);
        });

        root.Subcommands.Add(ServeCommand(probeTimeout, output));

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    private static Command ServeCommand(Option<TimeSpan> probeTimeout, TextWriter output)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen; loopback by default.", DefaultValueFactory = _ => "http://127.0.0.1:12434" };
        var interval = DurationOption("--interval", "How often to probe again.", TimeSpan.FromSeconds(30));
        var require = new Option<string[]>("--require") { Description = "A backend /healthz treats as required (repeatable).", AllowMultipleArgumentsPerToken = true };
        var serve = new Command("serve", "Probe this machine's backends and answer GET /engines/status and GET /healthz.");
        foreach (var option in new Option[] { urls, interval, require })
        {
            serve.Options.Add(option);
        }

        serve.SetAction(async (parse, token) =>
        {
            var settings = new ServeSettings(parse.GetValue(urls)!, parse.GetValue(interval), parse.GetValue(require) ?? []);
            await using var server = await StatusServer.StartAsync(settings, new ProbeSettings { Timeout = parse.GetValue(probeTimeout) }, token);
            foreach (var address in server.Addresses)
            {
                await output.WriteLineAsync($"Serving {address.TrimEnd('/')}/engines/status and {address.TrimEnd('/')}/healthz");
            }

            await output.FlushAsync(token);
            try
            {
                await server.WaitForShutdownAsync(token);
            }
            catch (OperationCanceledException)
            {
                // Stopped by the caller, as Ctrl+C does.
            }

            return Ok;
        });
        probeTimeout.Recursive = true;
        return serve;
    }

    private static async Task<int> ProbeHereAsync(ProbeSettings settings, bool asJson, StatusTableOptions table, TextWriter output, CancellationToken token)
    {
        using var registry = new BackendStatusRegistry();
        await new BackendProber(settings).ProbeAllAsync(registry, token);
        var report = registry.Snapshot();
        await output.WriteAsync(asJson ? Json(true, report, null) + "\n" : report.ToTable(table));
        return Ok;
    }

    private static int Print(ReadOutcome outcome, string? endpoint, bool asJson, StatusTableOptions table, TextWriter output, TextWriter error)
    {
        if (outcome.Error is { } message)
        {
            error.WriteLine($"error: {message}");
            return Failed;
        }

        if (outcome.NotRunning)
        {
            output.WriteLine(asJson ? Json(false, BackendStatusReport.Empty, endpoint) : "Docker Model Runner is not running");
            return NotRunning;
        }

        var report = outcome.Report!;
        output.Write(asJson ? Json(true, report, endpoint) + "\n" : "Docker Model Runner is running\n\n" + report.ToTable(table));
        return Ok;
    }

    /// <summary><c>{"running": …, "backends": {name: canonical status}, "endpoint": …}</c>.</summary>
    private static string Json(bool running, BackendStatusReport report, string? endpoint)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("running", running);
            json.WriteStartObject("backends");
            foreach (var (name, status) in report.Entries)
            {
                json.WriteString(name, status.ToString());
            }

            json.WriteEndObject();
            json.WriteString("endpoint", endpoint);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Option<TimeSpan> DurationOption(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = $"{description} Such as 500ms, 30s, 5m (default {Durations.Format(defaultValue)}).",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Durations.TryParse(text, out var duration))
            {
                return duration;
            }

            result.AddError($"{name}: '{text}' is not a duration such as 500ms, 30s or 5m.");
            return default;
        },
    };

    private static Uri? ParseUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"--url: '{text}' is not an http or https URL.");
        return null;
    }
}

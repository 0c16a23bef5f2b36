using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ModelStatus.Tests;

/// <summary>The tool as a user runs it: its output, its exit codes, real sockets on 127.0.0.1.</summary>
public class CommandTests
{
    private static readonly string[] s_backends = ["diffusers", "llama.cpp", "mlx", "sglang", "vllm"];

    [Fact]
    public async Task The_bare_command_probes_this_machine_and_prints_a_row_per_backend()
    {
        var (exit, output, error) = await Cli.RunAsync();
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^BACKEND\s+STATUS\s+DETAILS$", lines[0]);
        Assert.Equal(s_backends, lines[1..].Select(l => l.Split(' ')[0]).Order(StringComparer.Ordinal));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^mlx\s+Not Installed  only supported on Apple Silicon$"));
    }

    [Fact]
    public async Task The_bare_command_prints_json_on_request()
    {
        var (exit, output, _) = await Cli.RunAsync("--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("running").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("endpoint").ValueKind);
        Assert.Equal("Not Installed: only supported on Apple Silicon", json.RootElement.GetProperty("backends").GetProperty("mlx").GetString());
    }

    [Fact]
    public async Task Serve_answers_both_endpoints_and_url_reads_it_as_the_go_cli_does()
    {
        var output = new WatchedWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var serving = ModelStatus.Cli.ModelStatusCommand.RunAsync(["serve", "--urls", "http://127.0.0.1:0", "--interval", "1h"], output, TextWriter.Null, stop.Token);
        var line = await output.WaitForLineAsync(l => l.StartsWith("Serving ", StringComparison.Ordinal)).WaitAsync(TimeSpan.FromSeconds(60));
        var baseUrl = new Uri(Regex.Match(line, @"http://127\.0\.0\.1:\d+").Value);

        using (var http = new HttpClient())
        {
            var status = await http.GetAsync(new Uri(baseUrl, "/engines/status"));
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            Assert.Equal("application/json", status.Content.Headers.ContentType?.MediaType);
            using var body = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
            Assert.Equal(s_backends, body.RootElement.EnumerateObject().Select(p => p.Name));

            var health = await http.GetAsync(new Uri(baseUrl, "/healthz"));
            Assert.Contains(health.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
            using var healthBody = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            var healthStatus = healthBody.RootElement.GetProperty("status").GetString();
            Assert.Equal(health.StatusCode == HttpStatusCode.OK, healthStatus is "Healthy" or "Degraded");
        }

        var (exit, text, error) = await Cli.RunAsync("--url", baseUrl.ToString());
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("Docker Model Runner is running\n\nBACKEND", text, StringComparison.Ordinal);
        Assert.Matches(@"\nmlx\s+Not Installed  only supported on Apple Silicon\n", text);

        var (jsonExit, json, _) = await Cli.RunAsync("--url", baseUrl.ToString(), "--json");
        Assert.Equal(0, jsonExit);
        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.GetProperty("running").GetBoolean());
        Assert.Equal(new Uri(baseUrl, "/engines/status").ToString(), document.RootElement.GetProperty("endpoint").GetString());
        Assert.Equal(5, document.RootElement.GetProperty("backends").EnumerateObject().Count());

        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_closed_port_is_not_running_with_exit_1()
    {
        var port = FreePort();
        var (exit, output, error) = await Cli.RunAsync("--url", $"http://127.0.0.1:{port}");
        Assert.Equal(1, exit);
        Assert.Equal("Docker Model Runner is not running\n", output);
        Assert.Equal("", error);

        var (jsonExit, json, _) = await Cli.RunAsync("--url", $"http://127.0.0.1:{port}", "--json");
        Assert.Equal(1, jsonExit);
        Assert.False(JsonDocument.Parse(json).RootElement.GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task A_plain_text_body_is_one_error_line_with_exit_2()
    {
        await using var server = new FakeHttpServer(FakeHttpServer.Response(200, "OK", "text/plain", "error querying status: context deadline exceeded\n"));
        await AssertOneErrorLine(server.Url, "not valid JSON ('e' is an invalid start of a value.");
    }

    [Fact]
    public async Task Html_with_500_is_one_error_line_with_exit_2()
    {
        await using var server = new FakeHttpServer(FakeHttpServer.Response(500, "Internal Server Error", "text/html", "<html><body>oops</body></html>"));
        await AssertOneErrorLine(server.Url, "answered 500 Internal Server Error");
    }

    [Fact]
    public async Task A_server_too_slow_to_answer_is_one_error_line_with_exit_2()
    {
        await using var server = new FakeHttpServer(rawResponse: null);
        await AssertOneErrorLine(server.Url, "did not answer within 500ms", "--timeout", "500ms");
    }

    [Fact]
    public async Task A_saved_body_is_rendered_the_same_way()
    {
        using var scratch = new Scratch();
        var file = scratch.File("status.json", """{"vllm":"running vllm version: 0.8.1","llama.cpp":"Running: llama.cpp c55bce4"}""");
        var (exit, output, _) = await Cli.RunAsync("--file", file);
        Assert.Equal(0, exit);
        Assert.Equal(
            "Docker Model Runner is running\n\nBACKEND    STATUS   DETAILS\nllama.cpp  Running  llama.cpp c55bce4\nvllm       Running  vllm 0.8.1\n",
            output);

        var (strictExit, strict, _) = await Cli.RunAsync("--file", file, "--strict");
        Assert.Equal(0, strictExit);
        Assert.Contains("vllm       Error    running vllm version: 0.8.1", strict, StringComparison.Ordinal);

        var (missingExit, _, missing) = await Cli.RunAsync("--file", Path.Combine(scratch.Path, "absent.json"));
        Assert.Equal(2, missingExit);
        Assert.StartsWith("error: cannot read ", missing, StringComparison.Ordinal);
        Assert.Single(missing.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "model-status.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add("-");
        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteAsync("""{"mlx":"Not Installed: only supported on Apple Silicon"}""");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, process.ExitCode);
        Assert.EndsWith("mlx      Not Installed  only supported on Apple Silicon\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--url", "ftp://x")]
    [InlineData("--timeout", "soon")]
    [InlineData("--width", "0")]
    public async Task Bad_arguments_are_refused_with_a_message(string option, string value)
    {
        var (exit, _, error) = await Cli.RunAsync(option, value);
        Assert.NotEqual(0, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    private static async Task AssertOneErrorLine(Uri url, string expected, params string[] more)
    {
        var (exit, output, error) = await Cli.RunAsync(["--url", url.ToString(), .. more]);
        Assert.True(exit == 2, $"exit {exit}, output \"{output}\", error \"{error}\"");
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        var line = Assert.Single(lines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal); // no stack trace
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

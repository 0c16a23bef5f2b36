using System.Net.Sockets;
using System.Text.Json;
using ModelRunner.Status;

namespace ModelStatus.Reading;

/// <summary>How reading a runner ended: a report, a runner that is not running, or one clear error line.</summary>
public sealed record ReadOutcome(BackendStatusReport? Report, bool NotRunning, string? Error);

/// <summary>Reads <c>/engines/status</c> from a live runner (or a <c>serve</c> instance), or a saved body.</summary>
public static class RunnerReader
{
    public static async Task<ReadOutcome> ReadUrlAsync(Uri baseUrl, StatusParseStyles styles, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var endpoint = StatusEndpoint(baseUrl);
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await client.GetAsync(endpoint, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                return Failed($"GET {endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
            return new ReadOutcome(await BackendStatusReport.ReadJsonAsync(body, styles, deadline.Token), false, null);
        }
        catch (HttpRequestException error) when (IsRefused(error))
        {
            return new ReadOutcome(null, true, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"GET {endpoint} did not answer within {Durations.Format(timeout)}.");
        }
        catch (HttpRequestException error)
        {
            return Failed($"GET {endpoint} failed: {OneLine(error.Message)}");
        }
        catch (JsonException error)
        {
            return Failed($"GET {endpoint}: {OneLine(error.Message)}");
        }
    }

    /// <summary>Reads a saved body from <paramref name="path"/>, or standard input for <c>-</c>.</summary>
    public static async Task<ReadOutcome> ReadFileAsync(string path, StatusParseStyles styles, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
            return new ReadOutcome(await BackendStatusReport.ReadJsonAsync(body, styles, cancellationToken), false, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Failed($"cannot read {path}: {OneLine(error.Message)}");
        }
        catch (JsonException error)
        {
            return Failed($"{path}: {OneLine(error.Message)}");
        }
    }

    public static Uri StatusEndpoint(Uri baseUrl) => new(baseUrl.ToString().TrimEnd('/') + "/engines/status");

    private static ReadOutcome Failed(string error) => new(null, false, error);

    // SocketsHttpHandler reports a refused connection as the socket error it is.
    private static bool IsRefused(HttpRequestException error) =>
        error.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModelStatus.Tests;

/// <summary>
/// A server on 127.0.0.1 that answers every request with one fixed raw HTTP
/// response, or never answers: the runners that misbehave.
/// </summary>
public sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public FakeHttpServer(string? rawResponse)
    {
        _listener.Start();
        _serving = ServeAsync(rawResponse);
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public static string Response(int status, string reason, string contentType, string body) =>
        $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(string? rawResponse)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                using (client)
                {
                    var request = new byte[8192];
                    await client.ReceiveAsync(request, _stop.Token);
                    if (rawResponse is null)
                    {
                        await Task.Delay(Timeout.Infinite, _stop.Token); // too slow: never answers
                        return;
                    }

                    await client.SendAsync(Encoding.UTF8.GetBytes(rawResponse!), _stop.Token);
                    client.Shutdown(SocketShutdown.Both);
                }
            });
        }
    }
}

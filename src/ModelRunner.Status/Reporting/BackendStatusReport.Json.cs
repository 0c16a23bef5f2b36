using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ModelRunner.Status;

public sealed partial class BackendStatusReport
{
    /// <summary>The largest body <see cref="ReadJsonAsync(Stream, StatusParseStyles, CancellationToken, int)"/> reads unless told otherwise: 4 MiB.</summary>
    public const int DefaultMaxJsonBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Reads the body of <c>GET /engines/status</c>: a JSON object of backend
    /// names to status strings, <c>{"llama.cpp":"Running: llama.cpp c55bce4"}</c>,
    /// read as Go reads it. A <see langword="null"/> value is <c>""</c> (Not
    /// Installed); of two equal names the last wins; text that is not valid
    /// UTF-8, and escaped lone surrogates, become U+FFFD. Each status is
    /// parsed under <paramref name="styles"/>. A UTF-8 byte order mark is skipped.
    /// </summary>
    /// <exception cref="JsonException">
    /// The body is not that shape: empty, not JSON (such as the plain-text
    /// <c>error querying status: …</c> a failing runner sends), not an object,
    /// a value that is not a string or <see langword="null"/>, truncated, or
    /// followed by more text. The message says what was wrong and at which byte;
    /// no partial report is returned.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="styles"/> holds an undefined bit.</exception>
    public static BackendStatusReport ParseJson(ReadOnlySpan<byte> utf8Json, StatusParseStyles styles = StatusParseStyles.Strict)
    {
        styles.ThrowIfInvalid();
        var body = utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        if (body.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new JsonException($"{NotAReport}it is empty; expected a JSON object of backend names to status strings, such as {{\"llama.cpp\":\"Running\"}}.");
        }

        // Not a final block: the reader then says "I need more data" instead of
        // throwing, which is how a truncated body is told from a malformed one.
        var reader = new Utf8JsonReader(body, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 2 }));
        var builder = new Builder(8);
        try
        {
            Read(ref reader, body, styles, ref builder);
            return builder.Build();
        }
        catch (JsonException error) when (error.InnerException is null && !error.Message.StartsWith(NotAReport, StringComparison.Ordinal))
        {
            throw new JsonException($"{NotAReport}{Describe(error)} {Preview(body)}", error.Path, error.LineNumber, error.BytePositionInLine, error);
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>Reads a status body held in a string; see <see cref="ParseJson(ReadOnlySpan{byte}, StatusParseStyles)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a status report; see <see cref="ParseJson(ReadOnlySpan{byte}, StatusParseStyles)"/>.</exception>
    public static BackendStatusReport ParseJson(string json, StatusParseStyles styles = StatusParseStyles.Strict)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return ParseJson(rented.AsSpan(0, length), styles);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Reads a status body from <paramref name="utf8Json"/> to its end, such as
    /// an HTTP response stream, then parses it as
    /// <see cref="ParseJson(ReadOnlySpan{byte}, StatusParseStyles)"/> does.
    /// The stream is not disposed.
    /// </summary>
    /// <param name="utf8Json">The body.</param>
    /// <param name="styles">How to parse each status.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <param name="maxBytes">The largest body to accept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    /// <exception cref="JsonException">The body is not a status report, or is longer than <paramref name="maxBytes"/>.</exception>
    public static async ValueTask<BackendStatusReport> ReadJsonAsync(
        Stream utf8Json, StatusParseStyles styles = StatusParseStyles.Strict, CancellationToken cancellationToken = default, int maxBytes = DefaultMaxJsonBytes)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        styles.ThrowIfInvalid();

        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    throw new JsonException($"{NotAReport}the body is longer than {maxBytes} bytes.");
                }
            }

            return ParseJson(buffer.AsSpan(0, length), styles);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The report in the Go JSON shape, byte for byte as Go's <c>encoding/json</c>
    /// writes the map: <c>{"llama.cpp":"Running: llama.cpp c55bce4","vllm":"Not Installed"}</c>,
    /// keys in code point order, no white space, Go's escaping.
    /// </summary>
    public string ToJson()
    {
        var output = new ArrayBufferWriter<byte>(64 + (_entries.Length * 48));
        WriteJson(output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>Writes the report in the Go JSON shape (see <see cref="ToJson()"/>) as UTF-8 to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteJson(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var byName = (BackendStatusEntry[])_entries.Clone();
        Array.Sort(byName, static (a, b) => CodePointOrder.Compare(a.Name, b.Name));

        Put(output, (byte)'{');
        for (var i = 0; i < byName.Length; i++)
        {
            if (i > 0)
            {
                Put(output, (byte)',');
            }

            GoJsonString.Write(output, byName[i].Name);
            Put(output, (byte)':');
            GoJsonString.Write(output, byName[i].Status.ToString());
        }

        Put(output, (byte)'}');

        static void Put(IBufferWriter<byte> output, byte b)
        {
            output.GetSpan(1)[0] = b;
            output.Advance(1);
        }
    }

    private const string NotAReport = "The body is not a status report: ";

    private static void Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, StatusParseStyles styles, ref Builder builder)
    {
        Next(ref reader, body);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Wrong(in reader, $"expected a JSON object of backend names to status strings, found {TokenName(reader.TokenType)} at byte {reader.TokenStartIndex}.");
        }

        while (true)
        {
            Next(ref reader, body);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var nameAt = reader.TokenStartIndex;
            var name = JsonStatusValue.ReadString(in reader);
            Next(ref reader, body);
            var status = reader.TokenType switch
            {
                JsonTokenType.String => JsonStatusValue.ReadStatus(in reader, styles),
                JsonTokenType.Null => BackendStatus.NotInstalled(),
                _ => throw Wrong(in reader, $"the status of \"{name}\" (byte {nameAt}) is {TokenName(reader.TokenType)} at byte {reader.TokenStartIndex}; expected a string or null."),
            };
            builder.Add(new BackendStatusEntry(name, status));
        }

        var end = reader.BytesConsumed;
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (JsonException)
        {
            more = true;
        }

        if (more)
        {
            throw new JsonException($"{NotAReport}more text follows the JSON object, at byte {end}. {Preview(body)}", null, null, end);
        }
    }

    private static void Next(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        if (!reader.Read())
        {
            throw new JsonException($"{NotAReport}the JSON ends, at byte {body.Length}, before the object does. {Preview(body)}", null, null, body.Length);
        }
    }

    private static JsonException Wrong(in Utf8JsonReader reader, string what) =>
        new($"{NotAReport}{what}", path: null, lineNumber: null, bytePositionInLine: reader.TokenStartIndex);

    private static string TokenName(JsonTokenType type) => type switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    // The reader's own message ("'e' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.") names the place.
    private static string Describe(JsonException error) => $"it is not valid JSON ({error.Message})";

    // The start of the body, so that a plain-text error from the runner is shown to whoever reads the exception.
    private static string Preview(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 80)]);
        var builder = new StringBuilder("The body starts: \"");
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        }

        return builder.Append(body.Length > 80 ? "…\"" : "\"").ToString();
    }
}

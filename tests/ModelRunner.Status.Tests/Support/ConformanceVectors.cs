using System.Text.Json;

namespace ModelRunner.Status.Tests;

/// <summary>
/// The conformance vectors in <c>Conformance/</c>, read once. A missing or
/// malformed file throws, so every test that uses it fails rather than
/// passing over nothing.
/// </summary>
public static class ConformanceVectors
{
    private static readonly Lazy<IReadOnlyList<ParseVector>> s_goParse = new(() =>
        ReadLines("go-parse.jsonl", 600, static (line, root) => new ParseVector(
            line,
            root.GetProperty("In").GetString()!,
            WireType(root.GetProperty("Type").GetString()!),
            root.GetProperty("Details").GetString()!,
            root.GetProperty("Formatted").GetString()!)));

    private static readonly Lazy<IReadOnlyList<LenientVector>> s_lenient = new(() =>
        ReadLines("lenient.jsonl", 40, static (line, root) => new LenientVector(
            line,
            root.GetProperty("In").GetString()!,
            Enum.Parse<StatusParseStyles>(root.GetProperty("Styles").GetString()!),
            WireType(root.GetProperty("Type").GetString()!),
            root.GetProperty("Details").GetString()!)));

    private static readonly Lazy<IReadOnlyList<OrderVector>> s_goOrder = new(() =>
        ReadLines("go-order.jsonl", 150, static (line, root) => new OrderVector(
            line,
            root.GetProperty("in").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)).ToArray(),
            root.GetProperty("rows").EnumerateArray().Select(row => new OrderRow(
                row[0].GetString()!, WireType(row[1].GetString()!), row[2].GetString()!)).ToArray(),
            root.GetProperty("in").GetRawText())));

    public static IReadOnlyList<ParseVector> GoParse => s_goParse.Value;

    public static IReadOnlyList<LenientVector> Lenient => s_lenient.Value;

    public static IReadOnlyList<OrderVector> GoOrder => s_goOrder.Value;

    /// <summary>Line numbers, so a theory reports each vector as its own case.</summary>
    public static TheoryData<int> Lines(int count)
    {
        var data = new TheoryData<int>();
        for (var line = 1; line <= count; line++)
        {
            data.Add(line);
        }

        return data;
    }

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Conformance", fileName);

    private static StatusType WireType(string wireName) =>
        StatusTypeExtensions.TryParseWireName(wireName, out var type)
            ? type
            : throw new InvalidDataException($"'{wireName}' is not a wire name.");

    private static IReadOnlyList<T> ReadLines<T>(string fileName, int atLeast, Func<int, JsonElement, T> read)
    {
        var path = PathOf(fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Conformance vector file '{fileName}' is missing from {Path.GetDirectoryName(path)}: copy it from shared/conformance into tests/ModelRunner.Status.Tests/Conformance.",
                path);
        }

        var vectors = new List<T>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(text);
            vectors.Add(read(line, document.RootElement));
        }

        if (vectors.Count < atLeast)
        {
            throw new InvalidDataException($"'{fileName}' holds {vectors.Count} vectors; at least {atLeast} were expected.");
        }

        return vectors;
    }
}

public sealed record ParseVector(int Line, string In, StatusType Type, string Details, string Formatted);

public sealed record LenientVector(int Line, string In, StatusParseStyles Styles, StatusType Type, string Details);

/// <summary>A status map and the rows the Go CLI printed for it; <see cref="Json"/> is the map as the file holds it.</summary>
public sealed record OrderVector(int Line, IReadOnlyList<KeyValuePair<string, string>> In, IReadOnlyList<OrderRow> Rows, string Json);

public sealed record OrderRow(string Name, StatusType Type, string Details);

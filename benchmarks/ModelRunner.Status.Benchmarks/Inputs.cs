using System.Text;

namespace ModelRunner.Status.Benchmarks;

/// <summary>The texts the benchmarks read: what backends really report, old and new, and text that is no status.</summary>
public static class Inputs
{
    /// <summary>
    /// The mixed input set: the 600 inputs of the Go conformance vectors
    /// (canonical statuses of every type, legacy strings, edge cases, random
    /// text with control and non-BMP characters), as the Go implementation met them.
    /// </summary>
    public static readonly string[] GoVectors = ReadGoVectors();

    public static readonly byte[][] GoVectorsUtf8 = [.. GoVectors.Select(Encoding.UTF8.GetBytes)];

    /// <summary>A typical poll: every type, with and without details, one legacy string and one piece of garbage.</summary>
    public static readonly string[] Mixed =
    [
        "Running: llama.cpp c55bce4",
        "Running: vllm 0.12.0",
        "Not Installed: only supported on Linux",
        "Not Installed",
        "Installing: downloading llama.cpp b4567",
        "Error: import failed",
        "running vllm version: 0.8.1",
        "error querying status",
    ];

    public static readonly byte[][] MixedUtf8 = [.. Mixed.Select(Encoding.UTF8.GetBytes)];

    private static string[] ReadGoVectors()
    {
        using var stream = typeof(Inputs).Assembly.GetManifestResourceStream("go-parse.jsonl")
            ?? throw new InvalidOperationException("go-parse.jsonl is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        var inputs = new List<string>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            inputs.Add(document.RootElement.GetProperty("In").GetString()!);
        }

        return [.. inputs];
    }

    public static readonly string[] Canonical = [.. Mixed.Take(6)];

    public static readonly string[] Legacy =
    [
        "running vllm version: 0.8.1",
        "running llama.cpp latest (b1234) version: abc123",
        "sglang package not installed",
        "python3 not found in PATH",
        "downloading b4567 (cuda) variant of llama.cpp",
        "not installed",
    ];

    public static readonly string[] Unrecognized =
    [
        "error querying status",
        "RunningX",
        "Ｒｕｎｎｉｎｇ: x",
        "Installing x",
    ];

    /// <summary>One status of each kind the Go figures were measured on.</summary>
    public static string Single(string kind) => kind switch
    {
        "Running" => "Running: llama.cpp c55bce4",
        "Installing" => "Installing: downloading llama.cpp b4567",
        _ => "error querying status",
    };

    /// <summary><paramref name="count"/> backends with realistic names and statuses.</summary>
    public static BackendStatusEntry[] Entries(int count)
    {
        string[] names = ["llama.cpp", "vllm", "diffusers", "mlx", "sglang"];
        var random = new Random(42);
        return [.. Enumerable.Range(0, count).Select(i => new BackendStatusEntry(
            count <= names.Length ? names[i] : $"{names[i % names.Length]}-{i}",
            BackendStatus.Parse(Mixed[random.Next(Mixed.Length)])))];
    }
}

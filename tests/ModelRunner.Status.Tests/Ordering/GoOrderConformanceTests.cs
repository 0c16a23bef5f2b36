namespace ModelRunner.Status.Tests.Ordering;

/// <summary>Every map of <c>go-order.jsonl</c> comes out in the Go CLI's row order.</summary>
public class GoOrderConformanceTests
{
    public static TheoryData<int> Vectors => ConformanceVectors.Lines(ConformanceVectors.GoOrder.Count);

    private static OrderVector Vector(int line) => ConformanceVectors.GoOrder.Single(v => v.Line == line);

    private static (string, StatusType, string)[] Rows(IEnumerable<BackendStatusEntry> entries) =>
        entries.Select(e => (e.Name, e.Status.Type, e.Status.Details)).ToArray();

    private static (string, StatusType, string)[] Expected(OrderVector v) =>
        v.Rows.Select(r => (r.Name, r.Type, r.Details)).ToArray();

    [Fact]
    public void The_file_holds_every_map() => Assert.Equal(153, ConformanceVectors.GoOrder.Count);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void The_comparer_sorts_a_shuffled_list_into_go_order(int line)
    {
        var v = Vector(line);
        var random = new Random(line); // fixed per vector: repeatable
        var entries = v.In.Select(p => new BackendStatusEntry(p.Key, BackendStatus.Parse(p.Value))).ToArray();
        for (var round = 0; round < 5; round++)
        {
            random.Shuffle(entries);
            var sorted = entries.ToList();
            sorted.Sort(BackendStatusComparer.Instance);
            Assert.Equal(Expected(v), Rows(sorted));
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_json_entries_come_out_in_go_order(int line)
    {
        var v = Vector(line);
        Assert.Equal(Expected(v), Rows(BackendStatusReport.ParseJson(v.Json).Entries));
        Assert.Equal(Expected(v), Rows(BackendStatusReport.ParseJson(System.Text.Encoding.UTF8.GetBytes(v.Json)).Entries));
        Assert.Equal(Expected(v), Rows(BackendStatusReport.FromStatusStrings(v.In!).Entries));
    }
}

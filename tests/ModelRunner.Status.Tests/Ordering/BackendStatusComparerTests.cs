namespace ModelRunner.Status.Tests.Ordering;

public class BackendStatusComparerTests
{
    private static BackendStatusEntry Entry(string name, StatusType type, string details = "") => new(name, new BackendStatus(type, details));

    [Fact]
    public void Types_sort_in_declaration_order_before_names()
    {
        var entries = new List<BackendStatusEntry>
        {
            Entry("a", StatusType.Installing), Entry("b", StatusType.NotInstalled), Entry("c", StatusType.Error), Entry("d", StatusType.Running),
        };
        entries.Sort(BackendStatusComparer.Instance);
        Assert.Equal(["d", "c", "b", "a"], entries.Select(e => e.Name));
    }

    [Fact]
    public void Names_sort_by_code_point_not_by_utf16_unit()
    {
        var astral = Entry("\U0001F600", StatusType.Running);  // U+1F600, surrogates in UTF-16
        var privateUse = Entry("\uE000", StatusType.Running);
        var replacement = Entry("\uFFFD", StatusType.Running);
        Assert.True(string.CompareOrdinal(astral.Name, privateUse.Name) < 0, "UTF-16 order puts the surrogates first");
        Assert.Equal(1, BackendStatusComparer.Instance.Compare(astral, privateUse));
        Assert.Equal(1, BackendStatusComparer.Instance.Compare(astral, replacement));
        Assert.Equal(-1, BackendStatusComparer.Instance.Compare(replacement, astral));
        Assert.Equal(-1, BackendStatusComparer.Instance.Compare(Entry("Z", StatusType.Error), Entry("a", StatusType.Error)));
        Assert.Equal(-1, BackendStatusComparer.Instance.Compare(Entry("ab", StatusType.Error), Entry("abc", StatusType.Error)));
    }

    [Fact]
    public void Results_are_minus_one_zero_or_one_and_details_do_not_count()
    {
        Assert.Equal(0, BackendStatusComparer.Instance.Compare(Entry("x", StatusType.Error, "one"), Entry("x", StatusType.Error, "two")));
        Assert.Equal(-1, BackendStatusComparer.Instance.Compare(Entry("zzz", StatusType.Running), Entry("a", StatusType.Installing)));
        Assert.Equal(1, BackendStatusComparer.Instance.Compare(Entry("a", StatusType.Installing), Entry("zzz", StatusType.Running)));
        Assert.Equal(-1, BackendStatusComparer.Instance.Compare(default, Entry("", StatusType.Running)));
        Assert.Equal(0, BackendStatusComparer.Instance.Compare(default, default));
    }

    [Fact]
    public void Comparing_allocates_nothing()
    {
        var a = Entry("llama.cpp", StatusType.Running);
        var b = Entry("llama.cpq", StatusType.Running);
        Allocations.AssertNone(() => BackendStatusComparer.Instance.Compare(a, b), "Compare");
    }

    [Fact]
    public void It_is_one_shared_instance() => Assert.Same(BackendStatusComparer.Instance, BackendStatusComparer.Instance);

    [StatusProperty]
    public bool Is_antisymmetric(StatusType t1, StatusText n1, StatusType t2, StatusText n2)
    {
        var x = new BackendStatusEntry(n1.Value, new BackendStatus(t1));
        var y = new BackendStatusEntry(n2.Value, new BackendStatus(t2));
        var xy = BackendStatusComparer.Instance.Compare(x, y);
        return xy is -1 or 0 or 1 && xy == -BackendStatusComparer.Instance.Compare(y, x);
    }

    [StatusProperty]
    public bool Is_zero_exactly_when_name_and_type_are_equal(StatusType t1, StatusText n1, StatusType t2, StatusText n2, bool same)
    {
        var x = new BackendStatusEntry(n1.Value, new BackendStatus(t1, "a"));
        var y = same ? new BackendStatusEntry(n1.Value, new BackendStatus(t1, "b")) : new BackendStatusEntry(n2.Value, new BackendStatus(t2));
        var equal = x.Name == y.Name && x.Status.Type == y.Status.Type;
        return (BackendStatusComparer.Instance.Compare(x, y) == 0) == equal;
    }

    [StatusProperty]
    public bool Is_transitive(StatusType t1, StatusText n1, StatusType t2, StatusText n2, StatusType t3, StatusText n3)
    {
        BackendStatusEntry[] e = [new(n1.Value, new(t1)), new(n2.Value, new(t2)), new(n3.Value, new(t3))];
        var c = BackendStatusComparer.Instance;
        foreach (var (x, y, z) in new[] { (0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0) })
        {
            if (c.Compare(e[x], e[y]) <= 0 && c.Compare(e[y], e[z]) <= 0 && c.Compare(e[x], e[z]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    [StatusProperty]
    public bool Name_order_is_the_order_of_utf8_bytes(StatusText a, StatusText b)
    {
        var x = new BackendStatusEntry(a.Value, default);
        var y = new BackendStatusEntry(b.Value, default);
        var bytes = System.Text.Encoding.UTF8.GetBytes(a.Value).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(b.Value));
        return BackendStatusComparer.Instance.Compare(x, y) == Math.Sign(bytes);
    }
}

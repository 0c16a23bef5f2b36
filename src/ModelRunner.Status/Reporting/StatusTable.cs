using System.Buffers;

namespace ModelRunner.Status;

/// <summary>
/// The table <c>docker model status</c> prints: a header, then one row per
/// backend; every column but the last padded to its widest cell plus two
/// spaces; no trailing white space; <c>\n</c> after each line.
/// </summary>
internal static class StatusTable
{
    private const string BackendHeader = "BACKEND";
    private const string StatusHeader = "STATUS";
    private const string DetailsHeader = "DETAILS";
    private const string Gap = "  ";
    private const char Ellipsis = '…';

    public static string Render(ReadOnlySpan<BackendStatusEntry> entries, StatusTableOptions options)
    {
        var nameWidth = BackendHeader.Length;
        var statusWidth = StatusHeader.Length;
        foreach (var entry in entries)
        {
            nameWidth = Math.Max(nameWidth, TerminalCell.Measure(entry.Name).Width);
            statusWidth = Math.Max(statusWidth, entry.Status.Type.ToWireName().Length);
        }

        var detailsStart = nameWidth + Gap.Length + statusWidth + Gap.Length;
        var detailsWidth = options.MaxWidth is { } maxWidth ? maxWidth - detailsStart : int.MaxValue;

        // An upper bound: every line at full padding, before trailing white space is trimmed.
        var length = detailsStart + Details(DetailsHeader, detailsWidth).Length + 1;
        foreach (var entry in entries)
        {
            var name = TerminalCell.Measure(entry.Name);
            length += name.Length - name.Width + detailsStart + Details(entry.Status.Details, detailsWidth).Length + 1;
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var written = WriteLine(buffer, 0, BackendHeader, nameWidth, StatusHeader, statusWidth, DetailsHeader, detailsWidth);
            foreach (var entry in entries)
            {
                written = WriteLine(buffer, written, entry.Name, nameWidth, entry.Status.Type.ToWireName(), statusWidth, entry.Status.Details, detailsWidth);
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>How much of <paramref name="details"/> a row shows within <paramref name="width"/> columns, and whether it ends in an ellipsis.</summary>
    private static (int Kept, int Length, bool Cut) Details(string details, int width)
    {
        var full = TerminalCell.Measure(details);
        if (full.Width <= width || full.Width == 0)
        {
            return (full.Kept, full.Length, false);
        }

        var kept = TerminalCell.Measure(details, Math.Max(0, width - 1));
        return (kept.Kept, kept.Length + 1, true);
    }

    private static int WriteLine(char[] buffer, int at, string name, int nameWidth, string status, int statusWidth, string details, int detailsWidth)
    {
        var start = at;
        at = WritePadded(buffer, at, name, nameWidth);
        at = WritePadded(buffer, at, status, statusWidth);

        var (kept, _, cut) = Details(details, detailsWidth);
        at += TerminalCell.Write(details.AsSpan(0, kept), buffer.AsSpan(at));
        if (cut)
        {
            buffer[at++] = Ellipsis;
        }

        while (at > start && char.IsWhiteSpace(buffer[at - 1]))
        {
            at--;
        }

        buffer[at++] = '\n';
        return at;
    }

    private static int WritePadded(char[] buffer, int at, string cell, int width)
    {
        var written = TerminalCell.Write(cell, buffer.AsSpan(at));
        var padding = width - TerminalCell.Measure(cell).Width + Gap.Length;
        buffer.AsSpan(at + written, padding).Fill(' ');
        return at + written + padding;
    }
}

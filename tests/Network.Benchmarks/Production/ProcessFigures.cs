using System.Globalization;

namespace Network.Benchmarks.Production;

/// <summary>
/// Memory and CPU time of processes on this machine, read from <c>/proc</c>: the resident set (<c>VmRSS</c>) and its
/// peak (<c>VmHWM</c>) from <c>/proc/PID/status</c>, CPU time as <c>utime + stime</c> from <c>/proc/PID/stat</c>.
/// </summary>
internal static class ProcessFigures
{
    // USER_HZ: the unit of /proc/PID/stat's times, 100 on every Linux platform .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>The resident set and its peak, in MiB.</summary>
    public static (double RssMiB, double PeakMiB) Memory(int pid)
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = KiB(line) / 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = KiB(line) / 1024;
            }
        }

        return (rss, peak);
    }

    /// <summary>The CPU time the process has used, in seconds, and with <paramref name="children"/> that of its children it has waited for.</summary>
    public static double CpuSeconds(int pid, bool children = false)
    {
        var fields = StatFields(pid);
        if (fields is null)
        {
            return 0;
        }

        // After the command's closing parenthesis: fields[0] is the state (field 3); utime, stime, cutime, cstime are fields 14 to 17.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        if (children)
        {
            ticks += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>
    /// The CPU time of a PostgreSQL cluster: its postmaster's, the backends it has already reaped (its children's time), and
    /// that of the processes still running under it. The postmaster's PID is the first line of <c>postmaster.pid</c>.
    /// </summary>
    public static double PostgresCpuSeconds(string dataDirectory) => TreeCpuSeconds(PostmasterPid(dataDirectory));

    /// <summary>The PID of a cluster's postmaster: the first line of <c>postmaster.pid</c> in its data directory.</summary>
    public static int PostmasterPid(string dataDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>
    /// The CPU time of a process and everything under it: its own, its reaped children's (<c>cutime + cstime</c>), and that
    /// of its live descendants, such as the workers a Node.js cluster forks or the backends of a postmaster.
    /// </summary>
    public static double TreeCpuSeconds(int root) => CpuSeconds(root, children: true) + Descendants(root).Sum(pid => CpuSeconds(pid));

    /// <summary>The live processes under <paramref name="root"/>: its children, theirs, and so on.</summary>
    public static IReadOnlySet<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) && StatFields(pid) is { } fields)
            {
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        var below = new HashSet<int> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                grew |= below.Contains(parent) && below.Add(pid);
            }
        }

        below.Remove(root);
        return below;
    }

    /// <summary>The machine's load average over the last minute, from <c>/proc/loadavg</c>: runnable and waiting tasks, all processes.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    /// <summary>How many TCP connections to <paramref name="port"/> on this machine are established, from <c>/proc/net/tcp</c>.</summary>
    public static int EstablishedConnections(int port)
    {
        var local = $":{port:X4}";
        return File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(f => f.Length > 3 && f[1].EndsWith(local, StringComparison.Ordinal) && f[3] == "01");
    }

    private static double KiB(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    /// <summary>The fields of <c>/proc/PID/stat</c> after the command name (which may hold spaces); null once the process is gone.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

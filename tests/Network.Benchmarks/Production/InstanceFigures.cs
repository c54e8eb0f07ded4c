namespace Network.Benchmarks.Production;

/// <summary>
/// One server process over a run: the highest RSS sampled during it, its RSS at the end, its peak RSS since it started
/// (VmHWM), the CPU time it used during the run, the most established connections it held at a sample, and its runtime
/// counters over the timed part.
/// </summary>
internal sealed record InstanceFigures(string Name, int Pid, double MaxRssMiB, double EndRssMiB, double PeakMiB, double CpuSeconds, int MaxConnections, RuntimeFigures Runtime);

// Keeps the most recent schedule lags (ms between a run's due time and its start) for percentiles.
export class LagRecorder {
  private readonly samples: Float64Array;
  private count = 0;
  private next = 0;

  constructor(capacity: number) {
    this.samples = new Float64Array(capacity);
  }

  record(lagMs: number): void {
    this.samples[this.next] = Math.max(0, lagMs);
    this.next = (this.next + 1) % this.samples.length;
    this.count = Math.min(this.count + 1, this.samples.length);
  }

  percentile(p: number): number {
    if (this.count === 0) return 0;
    const sorted = Array.from(this.samples.subarray(0, this.count)).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  }

  max(): number {
    let max = 0;
    for (let i = 0; i < this.count; i++) max = Math.max(max, this.samples[i]!);
    return max;
  }
}

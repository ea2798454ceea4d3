import type { Measurement } from './measure.js';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `NaN` when the denominator is 0, so a broken measurement shows instead of an Infinity. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

/** Medians of a command's samples; wall time and memory are taken independently. */
export interface MedianSample {
  wallMs: number;
  peakRssBytes: number;
}

export function medianSample(samples: readonly Measurement[]): MedianSample {
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    peakRssBytes: median(samples.map((sample) => sample.peakRssBytes)),
  };
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { median, medianSample, ratio } from './stats.js';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    assert.equal(median([30, 10, 20]), 20);
  });

  it('takes the mean of the two middle values of an even count', () => {
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    assert.deepEqual(values, [3, 1, 2]);
  });

  it('refuses an empty list', () => {
    assert.throws(() => median([]), RangeError);
  });
});

describe('ratio', () => {
  it('divides', () => {
    assert.equal(ratio(3, 2), 1.5);
  });

  it('is NaN for a zero denominator', () => {
    assert.ok(Number.isNaN(ratio(1, 0)));
  });
});

describe('medianSample', () => {
  it('takes the median of wall time and of memory independently', () => {
    const samples = [
      { wallMs: 100, peakRssBytes: 900, exitCode: 0 },
      { wallMs: 300, peakRssBytes: 100, exitCode: 0 },
      { wallMs: 200, peakRssBytes: 500, exitCode: 1 },
    ];
    assert.deepEqual(medianSample(samples), { wallMs: 200, peakRssBytes: 500 });
  });
});

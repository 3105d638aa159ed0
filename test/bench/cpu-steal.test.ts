import { describe, expect, it } from 'vitest';
import { readCpuTimes, stealShare } from '../../bench/cpu-steal';

// The head of /proc/stat on a 2-vCPU guest: user nice system idle iowait irq softirq steal guest guest_nice.
const stat = (steal: number, idle: number) => `cpu  1534444 1168 229830 ${idle} 27898 0 26577 ${steal} 0 0
cpu0 767000 584 114900 3938000 13949 0 13288 337086 0 0
cpu1 767444 584 114930 3938265 13949 0 13289 337087 0 0
intr 123456789 0 0
`;

describe('readCpuTimes', () => {
  it('reads the machine-wide steal and total ticks from the cpu line, guest time not counted twice', () => {
    expect(readCpuTimes(stat(674173, 7876265))).toEqual({
      steal: 674173,
      total: 1534444 + 1168 + 229830 + 7876265 + 27898 + 0 + 26577 + 674173,
    });
  });

  it('tells nothing where there is no cpu line or no steal column', () => {
    expect(readCpuTimes('intr 1 2 3\n')).toBeUndefined();
    expect(readCpuTimes('cpu  1 2 3 4 5 6 7\n')).toBeUndefined();
  });

  it('reads this machine when it is Linux', () => {
    const times = readCpuTimes();
    if (process.platform !== 'linux') return expect(times).toBeUndefined();
    expect(times!.total).toBeGreaterThan(0);
    expect(times!.steal).toBeGreaterThanOrEqual(0);
  });
});

describe('stealShare', () => {
  it('is the stolen part of the ticks between two readings', () => {
    const before = readCpuTimes(stat(1000, 10_000));
    // 600 ticks pass: 100 stolen, 500 idle.
    const after = readCpuTimes(stat(1100, 10_500));
    expect(stealShare(before, after)).toBeCloseTo(100 / 600);
  });

  it('cannot be told without two readings, or when no time passed or the counters went back', () => {
    const a = readCpuTimes(stat(1000, 10_000));
    expect(stealShare(undefined, a)).toBeUndefined();
    expect(stealShare(a, undefined)).toBeUndefined();
    expect(stealShare(a, a)).toBeUndefined();
    expect(stealShare(readCpuTimes(stat(2000, 10_000)), readCpuTimes(stat(1000, 12_000)))).toBeUndefined();
  });
});

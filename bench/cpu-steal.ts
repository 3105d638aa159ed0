/**
 * How much of the machine's CPU time went to someone else while the bench ran. On a shared virtual machine
 * the hypervisor counts the time a virtual CPU wanted to run but another tenant's work had the real one as
 * "steal" (the eighth figure of the `cpu` line in /proc/stat). The same build took 1.5–2× as long under a
 * fifth of the time stolen as on a quiet machine, so a results table that does not say how much was stolen
 * cannot be compared with another.
 */
import { readFileSync } from 'node:fs';

export interface CpuTimes {
  /** Clock ticks stolen by other tenants, summed over all CPUs since boot. */
  steal: number;
  /** All clock ticks (user, nice, system, idle, iowait, irq, softirq, steal) since boot. */
  total: number;
}

/**
 * The machine-wide counters from the text of /proc/stat, or undefined where there is none (not Linux) or its
 * `cpu` line has no steal column (kernels before 2.6.11).
 */
export function readCpuTimes(statText?: string): CpuTimes | undefined {
  let text = statText;
  if (text === undefined) {
    try {
      text = readFileSync('/proc/stat', 'utf8');
    } catch {
      return undefined;
    }
  }
  const line = text.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return undefined;
  // guest and guest_nice (fields 9 and 10) are already counted in user and nice.
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return undefined;
  return { steal: fields[7]!, total: fields.reduce((sum, n) => sum + n, 0) };
}

/** The share of the CPU time between two readings that was stolen, in [0, 1]; undefined if it cannot be told. */
export function stealShare(before: CpuTimes | undefined, after: CpuTimes | undefined): number | undefined {
  if (!before || !after) return undefined;
  const total = after.total - before.total;
  const steal = after.steal - before.steal;
  if (total <= 0 || steal < 0) return undefined;
  return Math.min(1, steal / total);
}

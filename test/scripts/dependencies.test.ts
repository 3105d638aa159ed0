/**
 * Dependencies: the lockfile is committed and matches package.json, CI installs exactly it (`npm ci`), and
 * `npm audit --omit=dev` finds no high or critical advisory in what ships with the site's build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './content-stage';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; range?: string }>;
  message?: string;
  statusCode?: number;
  error?: { summary?: string; code?: string };
}

describe('dependencies', () => {
  it('has a committed lockfile that matches package.json', () => {
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(tracked.status, 'package-lock.json is not committed').toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
    };
    const root = lock.packages['']!;
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]) {
      expect(lock.packages[`node_modules/${name}`], `${name} is in package.json but not resolved in package-lock.json`).toBeDefined();
    }
  });

  it('is installed in CI with npm ci (the lockfile, nothing newer)', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^\s*npm ci\b/m);
    expect(ci).not.toMatch(/^\s*npm (install|i)\b/m);
  });

  it('has no high or critical advisory in production dependencies (npm audit --omit=dev)', (ctx) => {
    const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    let report: AuditReport | undefined;
    try {
      report = JSON.parse(result.stdout) as AuditReport;
    } catch {
      report = undefined;
    }
    const counts = report?.metadata?.vulnerabilities;
    if (!counts) {
      const why = `${report?.message ?? report?.error?.summary ?? ''} ${result.stderr}`.trim();
      // Only a registry that cannot be reached (offline, or a mirror without the advisory endpoint) skips.
      const unreachable = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|\b40[45]\b|\b5\d\d\b|audit endpoint/i.test(why) || result.error !== undefined;
      if (unreachable) ctx.skip(`npm audit could not reach an advisory database, so it was not run: ${why.split('\n')[0]}`);
      throw new Error(`npm audit gave no report:\n${result.stdout}\n${result.stderr}`);
    }
    const serious = Object.entries(report?.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity}, ${v.range ?? 'any version'})`);
    expect(serious).toEqual([]);
    expect((counts.high ?? 0) + (counts.critical ?? 0)).toBe(0);
  }, 150_000);
});

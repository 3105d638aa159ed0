import { describe, expect, it } from 'vitest';
import { contentPhases, failedStep, measure, peakOf, stepTimes } from '../../bench/measure';

const BUILD_OUTPUT = `• ingest: 1 file, 1000 records usable, 1000 papers once duplicates are merged (1.5 s)
• concepts: 5051 (20.0 s)
• links and graph: 2662 links, 18 clusters (31.2 s)
✔ content written to /tmp/x/content/ in 34.9 s
✔ content (39.6 s)
✔ astro build (53.4 s once the content was ready)
✔ search index (Pagefind) (30.9 s)
✔ site ready in /tmp/x/dist, 98.2 s in all
`;

describe('build output parsing', () => {
  it('reads each step time of scripts/build.ts', () => {
    expect(Object.fromEntries(stepTimes(BUILD_OUTPUT))).toEqual({
      content: 39_600,
      'astro build': 53_400,
      'search index (Pagefind)': 30_900,
    });
  });

  it('turns the content stage progress lines into phase durations', () => {
    const phases = contentPhases(BUILD_OUTPUT);
    expect(Object.keys(phases)).toEqual(['ingest', 'concepts', 'links and graph', 'write']);
    expect(phases.ingest).toBeCloseTo(1500);
    expect(phases.concepts).toBeCloseTo(18_500);
    expect(phases['links and graph']).toBeCloseTo(11_200);
    expect(phases.write).toBeCloseTo(3700);
  });

  it('names the failed step', () => {
    expect(failedStep('✔ content (3.0 s)\n\n✖ astro build failed (exit 134).')).toBe('astro build');
    expect(failedStep(BUILD_OUTPUT)).toBeUndefined();
  });
});

describe('measure', () => {
  it('reports wall time, exit code and the peak memory of a child that holds 150 MB', async () => {
    const script = 'const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => { console.log(b[5]); process.exit(3); }, 600);';
    const m = await measure(process.execPath, ['-e', script], { cwd: process.cwd(), env: process.env, sampleMs: 50 });
    expect(m.exitCode).toBe(3);
    expect(m.stdout.trim()).toBe('1');
    expect(m.wallMs).toBeGreaterThanOrEqual(500);
    expect(m.maxRssKb).toBeGreaterThan(150 * 1024);
    expect(m.maxRssKb).toBeLessThan(1024 * 1024);
    expect(peakOf(m, /Buffer\.alloc/)).toBeGreaterThan(140 * 1024);
    expect(peakOf(m, /no such process/)).toBe(0);
  });

  it('counts the memory of a program a process execs under that program, not the one it was started as', async () => {
    // The shell is seen first; then its pid runs Node, as Node's spawn of Pagefind's binary forks before it execs.
    const script = 'const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 600);';
    const m = await measure('/bin/sh', ['-c', `sleep 0.4; exec "${process.execPath}" -e '${script}'`], { cwd: process.cwd(), env: process.env, sampleMs: 50 });
    expect(m.exitCode).toBe(0);
    const execed = /^\S*node -e /;
    expect(peakOf(m, execed)).toBeGreaterThan(140 * 1024);
    expect(peakOf(m, /^\/bin\/sh -c/)).toBeLessThan(50 * 1024);
    expect(m.processes.filter((p) => execed.test(p.command)).map((p) => p.pid)).toEqual(m.processes.filter((p) => p.command.startsWith('/bin/sh')).map((p) => p.pid));
  });
});

/**
 * Allocator tunables for the build's processes, so that memory they free goes back to the system: glibc's for
 * the content stage, mimalloc's for Astro ({@link withNativeMemoryReleased}).
 *
 * glibc serves a large allocation with its own mmap and unmaps it on free, but after such a block is freed it
 * raises that size threshold (up to 32 MB), so later large blocks (file reads, the render worker's buffers) come
 * from its heap and stay in the process's resident memory after they are freed. The content stage's peak comes
 * at its end, when it writes the paper files, and counts against the build's peak memory. Fixing the threshold at
 * glibc's own starting value (128 kB) and trimming the heap's free top from that size on, its cold run at 10,000
 * papers (document analyses cached, two alternating pairs) peaked at 1130 and 1150 MB instead of 1197 and 1209 MB,
 * in 55.5 and 59.2 s against 54.9 and 56.3 s. Astro's process was measured the same way and did not change
 * (1250 against 1252 MB), so it runs as before. Other C libraries ignore the variables.
 */
const TUNABLES = {
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
} as const;

/** `env` with `tunables` added; a value the user set is kept. */
function withTunables(env: NodeJS.ProcessEnv, tunables: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const [name, value] of Object.entries(tunables)) out[name] ??= value;
  return out;
}

/** `env` with glibc's tunables for the content stage's process. */
export function withMemoryReleased(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return withTunables(env, TUNABLES);
}

/**
 * For Astro's process: the native code of its build (Rolldown, Vite's bundler, and Astro's compiler both link
 * mimalloc) keeps memory it has freed for a while before giving it back. Bundling the site's entry points took a
 * 1 GB mimalloc arena from 78 to 281 MB resident in about a second at 10,000 papers (traced in /proc/self/smaps),
 * and that stayed through the 50 s of page rendering, where Astro's peak is. With the delay at 0 the arena gave
 * back about 90 MB, and two cold builds each way peaked at 1102 and 1122 MB instead of 1175 and 1194 MB, in the
 * same time. glibc's variables are not set here: measured the same way, they did not change Astro's peak.
 */
const ASTRO_TUNABLES = {
  MIMALLOC_PURGE_DELAY: '0',
} as const;

/** `env` with mimalloc's purge delay at 0 for Astro's process. */
export function withNativeMemoryReleased(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return withTunables(env, ASTRO_TUNABLES);
}

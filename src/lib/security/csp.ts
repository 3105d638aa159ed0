/**
 * The Content-Security-Policy every page carries. Astro builds it (`security.csp`): it hashes the scripts and
 * styles it emits itself and writes a `<meta http-equiv="content-security-policy">` into each page, so the
 * only inline code that can run is code Astro put there at build time. Anything that reaches a page from an
 * abstract (a `<script>`, an `onerror=` attribute, a `javascript:` URL) has no hash and is refused.
 *
 * What the site legitimately needs, and why each source is allowed:
 * - bundled module scripts and Pagefind's own loader from the site's origin → `script-src 'self'`;
 * - Pagefind compiles its WebAssembly search engine → `'wasm-unsafe-eval'` (allows WebAssembly only, not `eval`);
 * - search index fragments, graph JSON → `connect-src 'self'`; the service worker → `worker-src 'self'`;
 * - graph snapshots and inline SVG icons as `data:`/`blob:` images → `img-src 'self' data: blob:`.
 * Nothing is loaded from another origin, so no other host appears anywhere in the policy.
 */
import type { AstroUserConfig } from 'astro';

type SecurityConfig = NonNullable<AstroUserConfig['security']>;
export type AstroCspConfig = Exclude<NonNullable<SecurityConfig['csp']>, boolean>;

/** Script sources beyond Astro's own hashes. Never `'unsafe-inline'` or `'unsafe-eval'`. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources beyond Astro's own hashes (Cytoscape styles elements through the CSSOM, which CSP allows). */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive; the page gets these verbatim. */
export const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
] as const;

/** The `security.csp` block of astro.config.mjs. */
export function contentSecurityPolicy(): AstroCspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [...OTHER_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/** A parsed policy: directive name → its source list (lower-cased names, sources as written). */
export type ParsedPolicy = Map<string, string[]>;

/** Parse a policy string the way browsers do: `;`-separated directives, first occurrence of a name wins. */
export function parsePolicy(policy: string): ParsedPolicy {
  const parsed: ParsedPolicy = new Map();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const name = tokens.shift()?.toLowerCase();
    if (name && !parsed.has(name)) parsed.set(name, tokens);
  }
  return parsed;
}

/**
 * Why a policy would let inline script from content run, or `[]` if it would not. Checks the directive that
 * actually governs inline `<script>` elements and event-handler attributes (falling back as browsers do:
 * `script-src-elem`/`script-src-attr` → `script-src` → `default-src`).
 */
export function inlineScriptLoopholes(policy: string): string[] {
  const parsed = parsePolicy(policy);
  const problems: string[] = [];
  const governing = (specific: string): [string, string[]] | undefined => {
    for (const name of [specific, 'script-src', 'default-src']) {
      const sources = parsed.get(name);
      if (sources) return [name, sources];
    }
    return undefined;
  };
  for (const specific of ['script-src-elem', 'script-src-attr']) {
    const found = governing(specific);
    if (!found) {
      problems.push(`no directive governs ${specific} (no script-src or default-src)`);
      continue;
    }
    const [name, sources] = found;
    const lower = sources.map((s) => s.toLowerCase());
    const hasHashOrNonce = lower.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
    // A hash or nonce makes browsers ignore 'unsafe-inline'; without one it opens the door.
    if (lower.includes("'unsafe-inline'") && !hasHashOrNonce) problems.push(`${name} allows 'unsafe-inline'`);
    if (lower.includes("'unsafe-hashes'")) problems.push(`${name} allows 'unsafe-hashes'`);
    if (lower.includes("'unsafe-eval'")) problems.push(`${name} allows 'unsafe-eval'`);
    for (const s of lower) {
      if (s === '*' || s === 'data:' || s === 'blob:' || s === 'http:' || s === 'https:' || s === 'javascript:') {
        problems.push(`${name} allows ${s}`);
      }
    }
  }
  const object = parsed.get('object-src') ?? parsed.get('default-src');
  if (!object || !object.includes("'none'")) problems.push("object-src is not 'none'");
  const base = parsed.get('base-uri');
  if (!base) problems.push('base-uri is not restricted');
  return problems;
}

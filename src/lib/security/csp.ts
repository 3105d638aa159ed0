/**
 * The Content-Security-Policy every page carries, as a `<meta http-equiv="content-security-policy">` that
 * BaseLayout writes first in `<head>` of every built page. Every script and stylesheet of the site is a file
 * from its own origin (astro.config.mjs keeps Astro from inlining any), so the policy needs no hashes: no
 * inline script or style runs at all. Anything that reaches a page from an abstract (a `<script>`, an
 * `onerror=` attribute, a `javascript:` URL) is refused.
 *
 * Why not Astro's own `security.csp`: it hashes each page's scripts and styles again for every page, an
 * asynchronous WebCrypto digest per element, only to find the same empty-bodied external tags each time. In
 * a CPU profile of a cold 10,000-paper build those digests were 2.5% of the Astro step (7.7 of 311 s sampled).
 *
 * What the site legitimately needs, and why each source is allowed:
 * - bundled module scripts and Pagefind's own loader from the site's origin → `script-src 'self'`;
 * - Pagefind compiles its WebAssembly search engine → `'wasm-unsafe-eval'` (allows WebAssembly only, not `eval`);
 * - search index fragments, graph JSON → `connect-src 'self'`; the service worker → `worker-src 'self'`;
 * - graph snapshots and inline SVG icons as `data:`/`blob:` images → `img-src 'self' data: blob:`.
 * Nothing is loaded from another origin, so no other host appears anywhere in the policy.
 */

/** Script sources. Never `'unsafe-inline'` or `'unsafe-eval'`. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources (Cytoscape styles elements through the CSSOM, which CSP allows). */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive. */
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

/** The policy text of the meta tag. */
export function contentSecurityPolicy(): string {
  return [...OTHER_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`].join('; ');
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

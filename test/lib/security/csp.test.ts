import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptLoopholes, parsePolicy } from '../../../src/lib/security/csp';

/** The policy text Astro writes from this config (its own hashes come on top, in script-src/style-src). */
function policyText(): string {
  const csp = contentSecurityPolicy();
  const scripts = (csp.scriptDirective?.resources ?? []).map((r) => (typeof r === 'string' ? r : r.resource));
  const styles = (csp.styleDirective?.resources ?? []).map((r) => (typeof r === 'string' ? r : r.resource));
  return [...(csp.directives ?? []), `script-src ${scripts.join(' ')} 'sha256-abc='`, `style-src ${styles.join(' ')}`].join('; ');
}

describe('contentSecurityPolicy', () => {
  it('allows what the site needs and nothing from elsewhere', () => {
    const policy = parsePolicy(policyText());
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(source, `${name} names another origin`).not.toMatch(/^(https?:\/\/|\*)/);
    }
  });

  it('leaves no way for inline script from content to run', () => {
    expect(inlineScriptLoopholes(policyText())).toEqual([]);
  });

  it('never lists unsafe-inline or unsafe-eval for scripts', () => {
    const resources = contentSecurityPolicy().scriptDirective?.resources ?? [];
    expect(resources).not.toContain("'unsafe-inline'");
    expect(resources).not.toContain("'unsafe-eval'");
  });
});

describe('inlineScriptLoopholes', () => {
  it.each([
    ["script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'", "script-src allows 'unsafe-inline'"],
    ["default-src 'self' 'unsafe-inline'; base-uri 'self'", "default-src allows 'unsafe-inline'"],
    ["script-src 'self'; script-src-attr 'unsafe-hashes' 'sha256-x'; object-src 'none'; base-uri 'self'", "script-src-attr allows 'unsafe-hashes'"],
    ["script-src 'self' data:; object-src 'none'; base-uri 'self'", 'script-src allows data:'],
    ["script-src *; object-src 'none'; base-uri 'self'", 'script-src allows *'],
    ["img-src 'self'; object-src 'none'; base-uri 'self'", 'no directive governs script-src-elem (no script-src or default-src)'],
    ["script-src 'self'; base-uri 'self'", "object-src is not 'none'"],
    ["script-src 'self'; object-src 'none'", 'base-uri is not restricted'],
  ])('finds the hole in %s', (policy, problem) => {
    expect(inlineScriptLoopholes(policy)).toContain(problem);
  });

  it("accepts 'unsafe-inline' next to a hash (browsers ignore it then)", () => {
    expect(inlineScriptLoopholes("script-src 'self' 'unsafe-inline' 'sha256-abc'; object-src 'none'; base-uri 'self'")).toEqual([]);
  });

  it('reads the first occurrence of a repeated directive, as browsers do', () => {
    expect(parsePolicy("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});

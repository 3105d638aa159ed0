import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptLoopholes, parsePolicy } from '../../../src/lib/security/csp';

describe('contentSecurityPolicy', () => {
  it('allows what the site needs and nothing from elsewhere', () => {
    const policy = parsePolicy(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(source, `${name} names another origin`).not.toMatch(/^(https?:\/\/|\*)/);
    }
  });

  it('leaves no way for inline script from content to run', () => {
    expect(inlineScriptLoopholes(contentSecurityPolicy())).toEqual([]);
  });

  it('never allows inline script or style, nor eval', () => {
    const sources = [...parsePolicy(contentSecurityPolicy()).values()].flat();
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("'unsafe-hashes'");
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

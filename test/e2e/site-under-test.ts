/**
 * The built site the page tests drive: the seed build from global setup, or, when ATLAS_E2E_DIST names an
 * existing build, that one (to check a build by hand without rebuilding: ATLAS_E2E_DIST=dist
 * ATLAS_E2E_BASE=/paper-atlas/ ATLAS_E2E_CONTENT=content).
 */
import { inject } from 'vitest';
import type { BuiltSite } from '../support/build-site';

export function siteUnderTest(): BuiltSite {
  const dist = process.env.ATLAS_E2E_DIST;
  if (dist) {
    return {
      outDir: dist,
      contentDir: process.env.ATLAS_E2E_CONTENT ?? '',
      basePath: process.env.ATLAS_E2E_BASE ?? '/paper-atlas/',
    };
  }
  return inject('sites').seed;
}

/**
 * The GitHub Pages workflow: official Pages actions, Node 24 with the npm cache, the build the README
 * documents, and a base path that follows the repository unless a repository variable overrides it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/build-site';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const uses = (action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));

describe('.github/workflows/pages.yml', () => {
  it('runs on pushes to main and by hand', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect('workflow_dispatch' in workflow.on).toBe(true);
  });

  it('uses the official Pages actions with the permissions they need', () => {
    for (const action of ['actions/checkout', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
      expect(uses(action), action).toBeDefined();
    }
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
    expect(workflow.jobs.deploy?.needs).toBe('build');
    expect(workflow.jobs.deploy?.environment?.name).toBe('github-pages');
    expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
  });

  it('builds with Node 24, the npm cache, npm ci and npm run build', () => {
    expect(uses('actions/setup-node')?.with).toMatchObject({ 'node-version': 24, cache: 'npm' });
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/\bnpm ci\b/);
    expect(runs).toMatch(/\bnpm run build\b/);
  });

  it('derives BASE_PATH and SITE_URL from configure-pages, overridable by repository variables', () => {
    const pagesId = uses('actions/configure-pages')?.id;
    const build = steps.find((s) => s.run?.includes('npm run build'));
    expect(build?.env?.BASE_PATH).toContain('vars.BASE_PATH');
    expect(build?.env?.BASE_PATH).toContain(`steps.${pagesId}.outputs.base_path`);
    expect(build?.env?.SITE_URL).toContain(`steps.${pagesId}.outputs.origin`);
  });
});

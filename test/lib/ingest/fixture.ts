import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile, type IngestResult } from '../../../src/lib/ingest/index';

export const INGEST_FIXTURES = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));

/** Ingests a fixture under the display path the content step would use. */
export function ingestFixture(name: string): IngestResult {
  return ingestFile(`test/fixtures/ingest/${name}`, readFileSync(`${INGEST_FIXTURES}${name}`));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * Keyphrases of any JSONL corpus: `npm run concepts -- FILE.jsonl [--top N] [--out FILE]`.
 * Input lines: {"id": string, "title"?: string, "abstract": string}. Output: one line per document,
 * {"id": ..., "keyphrases": [best first, ...]}, on stdout unless --out is given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractKeyphrases } from '../src/lib/concepts/index';
import { parseDocumentsJsonl } from '../src/lib/concepts/documents-jsonl';
import { LocatedError } from '../src/lib/model/source';

const usage = 'usage: npm run concepts -- FILE.jsonl [--top N] [--out FILE]';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { top: { type: 'string', default: '10' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    console.error(`--top: expected a positive whole number, got "${values.top}"`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read (${(e as Error).message})`);
    return 1;
  }
  const docs = parseDocumentsJsonl(text, file);
  const out = extractKeyphrases(docs, { top })
    .map((k) => JSON.stringify(k))
    .join('\n');
  if (values.out) writeFileSync(values.out, out + (out ? '\n' : ''));
  else process.stdout.write(out + (out ? '\n' : ''));
  return 0;
}

// `npm run concepts -- f.jsonl | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof LocatedError) {
    console.error(e.message);
    process.exitCode = 1;
  } else throw e;
}

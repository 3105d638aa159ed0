import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperFrontmatterSchema } from './lib/content/schema';
import { contentDirOf } from './lib/config/load';
import { batchStoreWrites } from './lib/site/batched-loader';
import { afterContentStage } from './lib/site/content-gate';
import { dropRendererFrontmatter } from './lib/site/lean-entries';
import { skipUnchangedParses } from './lib/site/unchanged-entries';

// Tests and benchmarks build from a content folder of their own; everyone else uses ./content.
const contentDir = contentDirOf(process.env);

const papers = defineCollection({
  // Pages render the stored HTML; keeping each raw Markdown body as well only grows the data store that
  // Astro writes out again on every build.
  // Changed entries reach Astro's store together, so that it is saved once per build (batched-loader.ts);
  // files unchanged since the last build are not parsed again (unchanged-entries.ts); the renderer's second
  // copy of each file's frontmatter is not stored (lean-entries.ts). Under `npm run build` Astro starts while
  // the content stage still runs, and reads the folder only once the stage has written it (content-gate.ts).
  // The wait is inside the batch: a sync starts by changing the store's metadata, and without the batch's
  // keep-alive Astro would save the whole store from the last build while the content stage runs, then again.
  loader: batchStoreWrites(afterContentStage(dropRendererFrontmatter(skipUnchangedParses(glob({ pattern: '*.md', base: `${contentDir}/papers`, retainBody: false }))))),
  schema: paperFrontmatterSchema,
});

// The concept registry (concepts.json) is read straight from the file (src/lib/site/concepts-file.ts): as a
// collection its 15,000 entries at 10,000 papers were validated and re-serialised into the data store on
// every build.
export const collections = { papers };

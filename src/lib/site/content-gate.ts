/**
 * `npm run build` starts Astro while the content stage is still at work (scripts/build.ts), so that Astro's
 * start-up — loading itself, Vite and the config, generating types, reading its content store: about 4 s at
 * 10,000 papers — overlaps the content stage instead of following it. Astro must not read the content folder
 * before the stage has committed it, so the collections' loaders first wait for the build script's word on a
 * pipe (the file descriptor in `ATLAS_CONTENT_GATE_FD`): {@link GO} once the content is written. The pipe
 * closing without it means the stage failed or the build script is gone, and the sync fails with nothing read.
 * Without the variable (a plain `astro build`, the dev server) loaders run at once.
 */
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import type { Loader } from 'astro/loaders';

export const CONTENT_GATE_FD = 'ATLAS_CONTENT_GATE_FD';
/** What the build script writes once the content stage has committed its files. */
export const GO = 'go\n';

/** Resolves when `stream` has carried {@link GO}; rejects if it ends, fails or carries anything else first. */
export function waitForGo(stream: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    let heard = '';
    const stop = (error?: Error) => {
      stream.removeAllListeners('data');
      stream.destroy();
      if (error) reject(error);
      else resolve();
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      heard += chunk;
      if (heard === GO) stop();
      else if (!GO.startsWith(heard)) stop(new Error(`the build script sent ${JSON.stringify(heard)} where "go" was expected`));
    });
    stream.on('error', (error) => stop(new Error(`the build script's pipe failed: ${error.message}`)));
    stream.on('end', () => stop(new Error('the content stage did not finish (the build script closed the pipe without "go"); no content was read')));
  });
}

let opened: Promise<void> | undefined;

/** The wait for the content stage, shared by every collection; at once when no gate was set up. */
export function contentStageDone(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const fd = env[CONTENT_GATE_FD];
  if (!fd) return Promise.resolve();
  if (!/^\d+$/.test(fd)) return Promise.reject(new Error(`${CONTENT_GATE_FD}=${JSON.stringify(fd)}: expected a file descriptor number`));
  opened ??= waitForGo(new Socket({ fd: Number(fd), readable: true, writable: false }));
  return opened;
}

/** `loader`, starting only once `ready` has resolved (by default: once the content stage is done). */
export function afterContentStage(loader: Loader, ready: () => Promise<void> = () => contentStageDone()): Loader {
  return {
    ...loader,
    async load(context) {
      await ready();
      await loader.load(context);
    },
  };
}

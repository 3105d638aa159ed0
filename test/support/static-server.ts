/**
 * A plain static file server for built sites, mounted under a base path like GitHub Pages serves a project
 * site: `/<repo>/...` maps onto the build folder, anything else is a 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** e.g. `http://127.0.0.1:41234/paper-atlas/` */
  url: string;
  close: () => Promise<void>;
  server: Server;
}

export interface ServeOptions {
  /** Answer each request only after this many milliseconds: a far or slow link, as a page times it. */
  delayMs?: number;
}

export async function serveStatic(root: string, basePath = '/', options: ServeOptions = {}): Promise<RunningServer> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const delayMs = options.delayMs ?? 0;
  const server = createServer((req, res) => {
    if (delayMs > 0) setTimeout(() => answer(req, res), delayMs);
    else answer(req, res);
  });
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send404 = () => {
      const page = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
    };
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) {
        res.writeHead(301, { location: base });
        res.end();
        return;
      }
      send404();
      return;
    }
    const rel = normalize(pathname.slice(base.length));
    if (rel.startsWith('..') || rel.includes(`${sep}..${sep}`)) return send404();
    let file = join(root, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send404();
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // close() waits for every open connection; Chromium may hold one that never sent a request (a
        // preconnect), which kept a test waiting two minutes. Nothing is served after close, so drop them all.
        server.closeAllConnections();
      }),
  };
}

/** A static file server on 127.0.0.1 for the e2e pages; Chromium reaches it under news hostnames. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

export interface StaticServer {
  port: number;
  close(): Promise<void>;
}

/** What a path serves: a file on disk, or a page held in memory. */
export type Route = string | { html: string };

/** Serves `routes` (URL path -> file or page); any other path is 404. */
export async function serveFiles(routes: Record<string, Route>): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    if (typeof route !== 'string') {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(route.html);
      return;
    }
    try {
      const body = await readFile(resolve(route));
      res.writeHead(200, { 'content-type': TYPES[extname(route)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(500).end('read error');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { port: address.port, close: () => new Promise((ok) => server.close(() => ok())) };
}

export const repoPath = (...parts: string[]) => join(process.cwd(), ...parts);

/** A static file server on 127.0.0.1 for the e2e pages; Chromium reaches it under news hostnames. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

export interface StaticServer {
  port: number;
  close(): Promise<void>;
}

/** Serves `routes` (URL path -> file); any other path is 404. */
export async function serveFiles(routes: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    const file = routes[path];
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(resolve(file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
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

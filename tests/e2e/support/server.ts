import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

export interface FixtureServer {
  origin: string;
  /** Serves `body` at `path` (for pages a test generates). */
  route(path: string, body: string | Buffer, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port. Saved pages are sent byte for byte with no
 * charset in the Content-Type, as a server that does not know their encoding would.
 */
export async function serveFixtures(dir: string, onRequest?: (path: string) => void): Promise<FixtureServer> {
  const root = resolve(dir);
  const routes = new Map<string, { body: string | Buffer; headers: Record<string, string> }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    onRequest?.(path);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, body, headers = {}) => void routes.set(path, { body, headers }),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

/**
 * A plain static host, like GitHub Pages or an S3 bucket: files only, no rewrite rules. A folder
 * answers with its index.html, and anything missing with 404.html and status 404. Text is sent
 * gzipped to a browser that accepts it, as every such host does.
 * Usage: tsx scripts/static-server.ts <folder> <base path> <port>   (port 0: any free port)
 */
const [root = 'dist', base = '/', port = '4173'] = process.argv.slice(2);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

async function fileFor(urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const full = path.resolve(root, relative);
  if (!full.startsWith(path.resolve(root))) return undefined;
  const info = await stat(full).catch(() => undefined);
  if (info?.isFile()) return full;
  if (info?.isDirectory()) {
    const index = path.join(full, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}

// Addresses up to 256 KB, as browsers send them (Node's default stops at 16 KB of headers).
const server = createServer({ maxHeaderSize: 256 * 1024 }, (request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  void fileFor(urlPath).then(async (file) => {
    const found = file ?? path.join(root, '404.html');
    // As static hosts do: hashed assets are kept for good; anything else is asked again each time
    // and answered 304 when unchanged.
    const modified = (await stat(found)).mtime.toUTCString();
    const caching = urlPath.includes('/assets/')
      ? { 'cache-control': 'public, max-age=31536000, immutable' }
      : { 'cache-control': 'no-cache', 'last-modified': modified };
    if (file && !urlPath.includes('/assets/') && request.headers['if-modified-since'] === modified) {
      response.writeHead(304, caching).end();
      return;
    }
    const type = TYPES[path.extname(found)] ?? 'application/octet-stream';
    const gzip = /^text\/|json|xml/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(file ? 200 : 404, {
      'content-type': type,
      ...caching,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const body = createReadStream(found).on('error', () => response.end('Not found'));
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
});
// Port 0 takes any free port; the line printed names the one taken.
server.listen(Number(port), '127.0.0.1', () => {
  const address = server.address();
  const taken = typeof address === 'object' && address ? address.port : port;
  console.log(`serving ${root} at http://127.0.0.1:${taken}${base}`);
});

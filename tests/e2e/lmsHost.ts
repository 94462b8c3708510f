import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { buildApp, writePackages } from '../../scripts/package-scorm.mjs';

/**
 * A stand-in LMS for the SCORM tests: the two packages made by the packager (from the build the
 * other end-to-end tests use, or a fresh one when there is none) unzipped under `/lms/`, the
 * LMS-side run-time (scorm-again) beside them, and a tiny static server on 127.0.0.1.
 */
export interface LmsHost {
  origin: string;
  /** Launch URL path of a package's SCO, from its manifest. */
  launch: Record<'1.2' | '2004', string>;
  close(): Promise<void>;
}

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ogg': 'audio/ogg',
  '.xml': 'application/xml',
};

function serve(dir: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
}

async function listen(server: Server): Promise<number> {
  // A port in 18350–18399, trying the next one when taken.
  const first = 18350 + Math.floor(Math.random() * 50);
  for (let k = 0; k < 50; k++) {
    const port = 18350 + ((first - 18350 + k) % 50);
    const ok = await new Promise<boolean>((done) => {
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => done(true));
    });
    if (ok) return port;
  }
  throw new Error('no free port in 18350-18399');
}

export async function startLmsHost(): Promise<LmsHost> {
  const dir = mkdtempSync(join(tmpdir(), 'lms-'));
  let appDir = join(ROOT, 'dist');
  if (!existsSync(join(appDir, 'index.html'))) {
    appDir = join(dir, 'build');
    await buildApp(appDir);
  }
  const zips = writePackages(appDir, join(dir, 'zips'));
  const launch = { '1.2': '', '2004': '' };
  for (const version of ['1.2', '2004'] as const) {
    const target = join(dir, 'lms', version === '1.2' ? 'pkg12' : 'pkg2004');
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zips[version]))))) {
      const out = join(target, name);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, bytes);
    }
    const manifest = readFileSync(join(target, 'imsmanifest.xml'), 'utf8');
    const href = /<resource [^>]*href="([^"]+)"/.exec(manifest)?.[1]?.replace(/&amp;/g, '&');
    if (!href) throw new Error('no launch href in the manifest');
    launch[version] = `/lms/${version === '1.2' ? 'pkg12' : 'pkg2004'}/${href}`;
  }
  for (const f of ['scorm12.min.js', 'scorm2004.min.js']) {
    writeFileSync(join(dir, 'lms', f), readFileSync(join(ROOT, 'node_modules', 'scorm-again', 'dist', f)));
  }
  // The LMS's page: the run-time on `window`, the learner preset, the SCO in an iframe.
  writeFileSync(
    join(dir, 'host.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/lms/scorm12.min.js"></script><script src="/lms/scorm2004.min.js"></script>
<script>
  const q = new URLSearchParams(location.search);
  const learner = JSON.parse(q.get('learner'));
  // Every value the SCO sets, in order (some, like session time, are write-only in the data model).
  window.lmsSets = [];
  if (q.get('v') === '1.2') {
    window.API = new Scorm12API({ logLevel: 5 });
    window.API.loadFromJSON({ core: { student_id: learner.id, student_name: learner.name } }, '');
    window.API.on('LMSSetValue.cmi.*', (el, v) => window.lmsSets.push([el, v]));
  } else {
    window.API_1484_11 = new Scorm2004API({ logLevel: 5 });
    window.API_1484_11.loadFromJSON({ learner_id: learner.id, learner_name: learner.name }, '');
    window.API_1484_11.on('SetValue.cmi.*', (el, v) => window.lmsSets.push([el, v]));
  }
</script></head>
<body style="margin:0"><iframe id="sco" title="course" style="border:0;width:100%;height:100vh"></iframe>
<script>document.getElementById('sco').src = q.get('launch');</script></body></html>`,
  );
  const server = serve(dir);
  const port = await listen(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    launch,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
      }),
  };
}

#!/usr/bin/env node
/**
 * Builds the app and writes two SCORM packages:
 *   packages/rescuedrill-scorm12.zip    (SCORM 1.2)
 *   packages/rescuedrill-scorm2004.zip  (SCORM 2004 4th Edition)
 * each holding imsmanifest.xml at the root beside the built app.
 *
 *   npm run package:scorm                     build into packages/app, then zip
 *   npm run package:scorm -- --dist dist      zip an existing build instead
 *
 * The app already resolves every asset relative to index.html (`base: './'`), so it runs from any
 * folder an LMS unpacks it into. The service worker files are left out: inside an LMS the app
 * does not register one (it would cache under the LMS's origin), see README "SCORM packages".
 */
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { manifest12, manifest2004 } from './scorm-manifest.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const OUT_DIR = join(ROOT, 'packages');

/** Build output that has no place in a package. */
export function excluded(path) {
  return path === 'sw.js' || /^workbox-[\w-]+\.js$/.test(path) || path.endsWith('.map');
}

/** Files under `dir` as forward-slash paths relative to it, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => !excluded(f)).sort();
}

/** Production build of the app into `outDir` (relative base, as configured). */
export async function buildApp(outDir) {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

const STORED = /\.(png|ogg|mp3|webm|woff2?)$/;

/** The zip's entries: the manifest plus every app file. */
export function packageEntries(appDir, version) {
  const files = listFiles(appDir);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const manifest = (version === '1.2' ? manifest12 : manifest2004)({ files, version: pkg.version });
  /** @type {Record<string, [Uint8Array, { level: 0 | 6 }]>} */
  const entries = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { level: 6 }] };
  for (const f of files) entries[f] = [new Uint8Array(readFileSync(join(appDir, f))), { level: STORED.test(f) ? 0 : 6 }];
  return { entries, files, manifest };
}

/** Writes both zips from an existing build; returns their paths. */
export function writePackages(appDir, outDir = OUT_DIR) {
  mkdirSync(outDir, { recursive: true });
  const written = {};
  for (const [version, name] of [
    ['1.2', 'rescuedrill-scorm12.zip'],
    ['2004', 'rescuedrill-scorm2004.zip'],
  ]) {
    const { entries } = packageEntries(appDir, version);
    const path = join(outDir, name);
    // A fixed time keeps the zips byte-identical for the same build.
    writeFileSync(path, zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') }));
    written[version] = path;
  }
  return written;
}

async function main(argv) {
  const i = argv.indexOf('--dist');
  let appDir;
  if (i >= 0 && argv[i + 1]) appDir = resolve(argv[i + 1]);
  else {
    appDir = join(OUT_DIR, 'app');
    rmSync(appDir, { recursive: true, force: true });
    await buildApp(appDir);
  }
  const written = writePackages(appDir);
  for (const p of [written['1.2'], written['2004']]) console.log(`wrote ${relative(ROOT, p)} (${Math.round(statSync(p).size / 1024)} KiB)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

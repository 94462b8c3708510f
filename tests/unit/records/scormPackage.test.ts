import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_COURSE } from '../../../src/content/questions';
import { launchHref, manifest12, manifest2004, MASTERY_SCORE } from '../../../scripts/scorm-manifest.mjs';
import { listFiles, packageEntries, writePackages } from '../../../scripts/package-scorm.mjs';
import { parseXml, type XmlElement } from '../../support/xml';

const all = (e: XmlElement, name: string): XmlElement[] => [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];

const tmp = mkdtempSync(join(tmpdir(), 'scorm-pkg-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakeBuild(): string {
  const dir = join(tmp, 'app');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  mkdirSync(join(dir, 'audio'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'a&b.css'), 'body{}');
  writeFileSync(join(dir, 'audio', 'voice.ogg'), new Uint8Array([1, 2, 3]));
  writeFileSync(join(dir, 'sw.js'), '');
  writeFileSync(join(dir, 'workbox-1234.js'), '');
  writeFileSync(join(dir, 'assets', 'index-abc.js.map'), '{}');
  return dir;
}

describe('SCORM manifests', () => {
  const files = ['index.html', 'assets/index-abc.js', 'assets/a&b.css'];

  it('SCORM 1.2: well-formed, ADL names, one SCO launching the theory course', () => {
    const root = parseXml(manifest12({ files, version: '0.1.0' }));
    expect(root.name).toBe('manifest');
    expect(root.attrs.xmlns).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(root.attrs['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(all(root, 'schema')[0]?.text).toBe('ADL SCORM');
    expect(all(root, 'schemaversion')[0]?.text).toBe('1.2');
    const [res] = all(root, 'resource');
    expect(res?.attrs['adlcp:scormtype']).toBe('sco');
    expect(res?.attrs.href).toBe('index.html?scorm=1.2#/theory');
    expect(all(root, 'file').map((f) => f.attrs.href).sort()).toEqual([...files].sort());
    expect(all(root, 'adlcp:masteryscore')[0]?.text).toBe(String(MASTERY_SCORE));
    expect(all(root, 'item')[0]?.attrs.identifierref).toBe(res?.attrs.identifier);
    expect(all(root, 'title')[0]?.text).toMatch(/急救.*Theory/);
  });

  it('SCORM 2004 4th Edition: well-formed, scormType, content-set completion', () => {
    const root = parseXml(manifest2004({ files, version: '0.1.0' }));
    expect(root.attrs.xmlns).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    expect(root.attrs['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_v1p3');
    expect(all(root, 'schemaversion')[0]?.text).toBe('2004 4th Edition');
    const [res] = all(root, 'resource');
    expect(res?.attrs['adlcp:scormType']).toBe('sco');
    expect(res?.attrs.href).toBe(launchHref('2004'));
    expect(all(root, 'imsss:deliveryControls')[0]?.attrs.completionSetByContent).toBe('true');
  });

  it('uses the course\'s own pass mark as the mastery score', () => {
    expect(MASTERY_SCORE).toBe(DEFAULT_COURSE.passMarkPct);
  });

  it('the checker refuses what is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
  });
});

describe('SCORM packages', () => {
  it('hold the manifest at the root and every file it names; the launch file exists', () => {
    const dir = fakeBuild();
    expect(listFiles(dir)).toEqual(['assets/a&b.css', 'assets/index-abc.js', 'audio/voice.ogg', 'index.html']);
    const out = join(tmp, 'out');
    const written = writePackages(dir, out);
    for (const version of ['1.2', '2004'] as const) {
      const zip = unzipSync(new Uint8Array(readFileSync(written[version])));
      const names = Object.keys(zip);
      expect(names).toContain('imsmanifest.xml');
      expect(names.some((n) => n.includes('sw.js') || n.includes('workbox') || n.endsWith('.map'))).toBe(false);
      const root = parseXml(new TextDecoder().decode(zip['imsmanifest.xml']));
      const referenced = all(root, 'file').map((f) => f.attrs.href as string);
      expect(referenced.length).toBe(names.length - 1);
      for (const f of referenced) expect(names, f).toContain(f);
      const href = all(root, 'resource')[0]?.attrs.href ?? '';
      const launchFile = href.split(/[?#]/)[0] as string;
      expect(names).toContain(launchFile);
      expect(referenced).toContain(launchFile);
      expect(new URL(href, 'https://lms.example/pkg/').hash).toBe('#/theory');
      expect(new URL(href, 'https://lms.example/pkg/').searchParams.get('scorm')).toBe(version);
    }
    expect(packageEntries(dir, '1.2').manifest).toContain('a&amp;b.css');
  });
});

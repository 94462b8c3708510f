import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/content/locales/all';
import { findHardcodedStrings } from '../../support/hardcodedStrings';
import { VOICE_KEYS } from '../../../src/adapters/audio/prompts';
import { STORAGE_NOTICES } from '../../../src/adapters/storage';
import { CUE_KEYS } from '../../../src/core/cpr/coach';
import { COMPRESSION_FLAGS } from '../../../src/core/cpr/compression';
import { SAMPLE_ERROR_KEYS, TRACE_ERROR_KEYS } from '../../../src/core/cpr/errors';
import { INPUT_SOURCES } from '../../../src/core/cpr/sample';
import { SCORE_FORMULA } from '../../../src/core/cpr/score';
import { TIP_KEYS } from '../../../src/core/cpr/tips';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const zh = flatten(LOCALES['zh-CN'] as Tree);
const enFlat = flatten(LOCALES.en as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locale resources', () => {
  it('has every zh-CN key in en and every en key in zh-CN', () => {
    expect([...zh.keys()].filter((k) => !enFlat.has(k))).toEqual([]);
    expect([...enFlat.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...zh.entries()].filter(([k, v]) => placeholders(v).join() !== placeholders(enFlat.get(k) ?? '').join());
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('has no empty translation', () => {
    expect([...zh.entries(), ...enFlat.entries()].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('defines every literal key the code asks for', () => {
    const missing: string[] = [];
    for (const file of filesUnder('src')) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        const key = m[1] as string;
        if (!zh.has(key)) missing.push(`${file}: ${key}`);
      }
      for (const m of src.matchAll(/\b(?:titleKey|nameKey|descriptionKey|key):\s*'([a-z][\w]*\.[\w.-]+)'/g)) {
        const key = m[1] as string;
        // Voice prompt keys are shown through their captions under `voice.`.
        if (!zh.has(key) && !zh.has(`voice.${key}`)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('translates every message key the core and adapters can emit', () => {
    const expected = [
      ...CUE_KEYS.map((k) => `voice.${k}`),
      ...VOICE_KEYS.map((k) => `voice.${k}`),
      ...TIP_KEYS,
      ...SAMPLE_ERROR_KEYS,
      ...TRACE_ERROR_KEYS,
      ...COMPRESSION_FLAGS.map((f) => `cpr.flag.${f}`),
      ...INPUT_SOURCES.map((s) => `input.${s}`),
      ...SCORE_FORMULA.components.flatMap((c) => [c.labelKey, c.valueKey]),
      SCORE_FORMULA.descriptionKey,
      ...Object.values(STORAGE_NOTICES),
    ];
    expect(expected.filter((k) => !zh.has(k))).toEqual([]);
  });
});

describe('UI modules', () => {
  it('contain no hard-coded user-visible text', () => {
    const found = ['src/ui', 'src/game'].flatMap((dir) =>
      filesUnder(dir).flatMap((f) => findHardcodedStrings(f, readFileSync(f, 'utf8')).map((x) => `${f}:${x.line} ${x.text}`)),
    );
    expect(found).toEqual([]);
  });

  it('the checker catches text in templates, attributes and Phaser calls', () => {
    const bad = [
      "html`<h1>Hello</h1>`",
      "html`<p>${x} 你好</p>`",
      'html`<button aria-label="Close">${t(\'a\')}</button>`',
      "this.add.text(0, 0, 'Score')",
      "el.textContent = 'Done'",
    ];
    for (const src of bad) expect(findHardcodedStrings('x.ts', src), src).not.toEqual([]);
    expect(findHardcodedStrings('x.ts', "html`<h1>${t('home.title')}</h1><p aria-label=${t('x')}>×</p>`")).toEqual([]);
  });
});

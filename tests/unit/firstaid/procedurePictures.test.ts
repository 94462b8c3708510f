import { nothing } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { PROCEDURES, getProcedure } from '../../../src/content/firstaid/procedures';
import type { ProcedureDef } from '../../../src/core/firstaid';
import { PICTURES, procedurePicture, taughtSteps, type PictureStep, type PictureView } from '../../../src/ui/screens/procedurePictures';

/** A lit-html template as markup (no DOM here): bound attributes quoted, one bound to `nothing` left out. */
function markup(v: unknown): string {
  if (v === nothing || v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(markup).join('');
  if (typeof v === 'object' && 'strings' in v && 'values' in v) {
    const { strings, values } = v as { strings: readonly string[]; values: readonly unknown[] };
    let out = strings[0] ?? '';
    values.forEach((value, i) => {
      let next = strings[i + 1] ?? '';
      if (value === nothing && /\s[\w:-]+=["']?$/.test(out)) {
        out = out.replace(/\s[\w:-]+=["']?$/, '');
        next = next.replace(/^["']/, '');
      } else out += /=$/.test(out) ? `"${markup(value)}"` : markup(value);
      out += next;
    });
    return out;
  }
  return String(v);
}

/** The opening tags of the drawn layers (steps and hazards). */
const layers = (html: string) => [...html.matchAll(/<g class="fa-pic-layer[^"]*"[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="?([^"\\s>]*)`))?.[1];

const view = (shown: readonly PictureStep[], extra: Partial<PictureView> = {}): PictureView => ({ shown, animate: false, reduced: true, judged: true, t: (k) => k, ...extra });

describe('procedure pictures', () => {
  for (const def of PROCEDURES) {
    it(`${def.id}: drawn, with a layer for every step and every choice`, () => {
      const pic = PICTURES[def.id];
      expect(pic, def.id).toBeDefined();
      for (const s of def.steps) {
        const entry = pic?.layers[s.id];
        expect(entry, `${def.id}.${s.id}`).toBeDefined();
        if (s.choices) for (const c of s.choices) expect(typeof entry === 'object' && 'choices' in entry ? entry.choices[c.id] : undefined, `${def.id}.${s.id}.${c.id}`).toBeDefined();
      }
      for (const h of def.hazards) expect(pic?.layers[h.id], `${def.id}.${h.id}`).toBeDefined();

      const html = markup(procedurePicture(def, view(taughtSteps(def), { animate: true, reduced: false, judged: false })));
      expect(html).toContain('aria-hidden="true"');
      const tags = layers(html);
      expect(new Set(tags.map((t) => attr(t, 'data-step')))).toEqual(new Set(def.steps.map((s) => s.id)));
      // The demonstration shows the right choices, one after the other, with nothing judged.
      for (const s of taughtSteps(def)) {
        const tag = tags.find((t) => attr(t, 'data-step') === s.step) as string;
        expect(attr(tag, 'data-choice')).toBe(s.choice);
        expect(tag).not.toContain('data-judged-bad');
        expect(attr(tag, 'style')).toBe(`animation-delay:${(def.steps.findIndex((x) => x.id === s.step) * 0.8).toFixed(1)}s`);
      }
      // Every layer draws something.
      for (const m of html.matchAll(/<g class="fa-pic-layer[^>]*>([\s\S]*?)<\/g>/g)) expect((m[1] ?? '').trim()).not.toBe('');
    });
  }

  it('reduced motion: the demonstration is drawn at once, with no delays', () => {
    const def = getProcedure('forearm') as ProcedureDef;
    const html = markup(procedurePicture(def, view(taughtSteps(def), { animate: true, reduced: true, judged: false })));
    expect(html).not.toContain('animation-delay');
    expect(html).not.toMatch(/fa-pic-(in|mark|out)/);
  });

  it('a wrong choice draws its own layer, outlined as wrong only when judged (practice)', () => {
    const def = getProcedure('forearm') as ProcedureDef;
    const shown: PictureStep[] = [{ step: 'cmsBefore' }, { step: 'splint', choice: 'short' }];
    const practice = layers(markup(procedurePicture(def, view(shown))));
    const splint = practice.find((t) => attr(t, 'data-step') === 'splint') as string;
    expect(attr(splint, 'data-choice')).toBe('short');
    expect(attr(splint, 'data-judged-bad')).toBe('true');
    expect(practice.find((t) => attr(t, 'data-step') === 'cmsBefore')).not.toContain('data-judged-bad');

    const assessment = markup(procedurePicture(def, view(shown, { judged: false })));
    expect(assessment).toContain('data-choice="short"');
    expect(assessment).not.toContain('data-judged-bad');
    expect(assessment).not.toContain('firstaid.picture.bad');

    // The short splint and the long one are drawn differently.
    const long = markup(procedurePicture(def, view([{ step: 'splint', choice: 'long' }])));
    expect(long.replace(/data-choice="long"/, '')).not.toBe(markup(procedurePicture(def, view([{ step: 'splint', choice: 'short' }], { judged: false }))).replace(/data-choice="short"/, ''));
  });

  it('the knot on the wound and a hazard taken are drawn and judged; the right knot is not', () => {
    const head = getProcedure('triHead') as ProcedureDef;
    const wrong = layers(markup(procedurePicture(head, view([{ step: 'knot', choice: 'wound' }]))));
    expect(wrong.map((t) => [attr(t, 'data-choice'), attr(t, 'data-judged-bad')])).toEqual([['wound', 'true']]);
    const right = layers(markup(procedurePicture(head, view([{ step: 'knot', choice: 'off' }]))));
    expect(right.map((t) => [attr(t, 'data-choice'), attr(t, 'data-judged-bad')])).toEqual([['off', undefined]]);

    const roll = getProcedure('logRoll') as ProcedureDef;
    const html = markup(procedurePicture(roll, view([{ step: 'decide', choice: 'move' }, { step: 'twist' }, { step: 'twist' }])));
    const twist = layers(html).filter((t) => attr(t, 'data-hazard') === 'twist');
    expect(twist).toHaveLength(1);
    expect(attr(twist[0] as string, 'data-judged-bad')).toBe('true');
    expect(html).toContain('firstaid.picture.bad');
  });

  it('layers keep the taught order whatever order the steps were done in', () => {
    const def = getProcedure('slingLarge') as ProcedureDef;
    const html = markup(procedurePicture(def, view([{ step: 'knot', choice: 'off' }, { step: 'forearm', choice: 'above' }, { step: 'support' }])));
    expect(layers(html).map((t) => attr(t, 'data-step'))).toEqual(['forearm', 'support', 'knot']);
    // The arm hangs until the forearm step is drawn.
    expect(markup(procedurePicture(def, view([])))).toContain('220,232');
    expect(html).not.toContain('220,232');
  });
});

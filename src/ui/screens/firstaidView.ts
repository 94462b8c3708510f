import { svg, type TemplateResult } from 'lit-html';
import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord, type ModuleId } from '../../core/attempt';
import type { BodyPart, PathPoint, Span } from '../../core/firstaid';
import type { SkillSheetResult } from '../../core/skills';
import type { LocalizedText } from '../../core/text';
import type { UiContext } from '../ports';
import type { FirstAidKind, FirstAidMode } from './firstaidRoute';

/**
 * Shared drawing and input for the first-aid screens. Body parts are drawn in SVG in model
 * millimetres (`src/core/firstaid/body.ts`); limbs lie along the screen's x axis with the hand or
 * foot on the left, the head stands with the crown at the top (its model axes swapped). Pointer
 * positions come back through the part group's own screen matrix, so whatever the layout, a point
 * is read in millimetres with its event's `timeStamp`.
 */

export interface PartView {
  part: BodyPart;
  /** The stretch of the axis on screen. */
  window: Span;
  /** Swap axes (the head: crown at the top). */
  upright: boolean;
}

const PAD = 40;

export function viewBox(v: PartView): string {
  const g = v.part.girth;
  const w = v.window.to - v.window.from;
  return v.upright ? `${-g / 2 - PAD * 2} ${v.window.from} ${g + 4 * PAD} ${w}` : `${v.window.from} ${-g / 2 - PAD} ${w} ${g + 2 * PAD}`;
}

export function partTransform(v: PartView): string {
  return v.upright ? 'matrix(0 1 1 0 0 0)' : '';
}

/** Screen (viewBox) coordinates of a model point: text is drawn there, outside the swapped group, so it is never mirrored. */
export function screenXY(v: PartView, x: number, y: number): { x: number; y: number } {
  return v.upright ? { x: y, y: x } : { x, y };
}

/** Narrow (portrait phone) layouts stand limbs upright so the girth gets more of the width. */
export function narrowLayout(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(max-width: 699px)').matches;
}

/** The end labels of a view (hand or foot, trunk; crown, neck), in screen coordinates. */
export function endLabels(v: PartView, distal: string, proximal: string): TemplateResult {
  const g = v.part.girth;
  const a = screenXY(v, v.window.from + 6, -g / 2 - 14);
  const b = screenXY(v, v.window.to - 6, -g / 2 - 14);
  const anchorA = v.upright ? 'end' : 'start';
  const anchorB = 'end';
  return svg`<g class="fa-ends" aria-hidden="true">
    <text x=${a.x} y=${a.y} text-anchor=${anchorA} dominant-baseline=${v.upright ? 'hanging' : 'auto'}>${distal}</text>
    <text x=${b.x} y=${b.y} text-anchor=${anchorB}>${proximal}</text>
  </g>`;
}

/** The part's outline, tips and joint zones (decorative; labels are in the text around it). */
export function drawPart(v: PartView): TemplateResult {
  const p = v.part;
  const g = p.girth;
  if (p.innerEdge === null) {
    return svg`<g class="fa-part">
      <rect x=${-30} y=${-g / 2} width=${p.length + 30} height=${g} rx=${g / 2} class="fa-skin" />
    </g>`;
  }
  return svg`<g class="fa-part">
    <rect x=${-10} y=${-g / 2} width=${p.length + 60} height=${g} rx=${g / 3} class="fa-skin" />
    ${p.joints.map((j) => svg`<rect x=${j.from} y=${-g / 2} width=${j.to - j.from} height=${g} class="fa-joint" />`)}
    ${p.tips ? svg`<rect x=${p.tips.from - 10} y=${-g / 2} width=${p.tips.to - p.tips.from + 10} height=${g} rx=${g / 4} class="fa-tips" />` : null}
    ${p.innerEdge ? svg`<line x1=${v.window.from} x2=${v.window.to} y1=${p.innerEdge === 'top' ? -g / 2 + 3 : g / 2 - 3} y2=${p.innerEdge === 'top' ? -g / 2 + 3 : g / 2 - 3} class="fa-inner" />` : null}
  </g>`;
}

/** A 5 cm scale bar in the corner of a limb view. */
export function scaleBar(v: PartView): TemplateResult {
  const x = v.window.from + 10;
  const y = v.part.girth / 2 + PAD * 0.6;
  return svg`<g class="fa-scale" transform=${partTransform(v)}><line x1=${x} x2=${x + 50} y1=${y} y2=${y} /><line x1=${x} x2=${x} y1=${y - 5} y2=${y + 5} /><line x1=${x + 50} x2=${x + 50} y1=${y - 5} y2=${y + 5} /></g>`;
}

/** Model millimetres of a client point, through the group's screen matrix. */
export function toModel(group: SVGGraphicsElement, clientX: number, clientY: number): { x: number; y: number } {
  const m = group.getScreenCTM();
  if (!m) return { x: NaN, y: NaN };
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return { x: p.x, y: p.y };
}

/** Every coalesced point of a pointer event, in model mm with its own event time. */
export function pointsOf(group: SVGGraphicsElement, e: PointerEvent): PathPoint[] {
  const list = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
  const events = list.length > 0 ? list : [e];
  return events.map((ev) => ({ ...toModel(group, ev.clientX, ev.clientY), t: ev.timeStamp }));
}

export function prefersReducedMotion(ctx: UiContext): boolean {
  return ctx.settings.reducedMotion || (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
}

/** What a first-aid attempt stores: its log (replayable) and the sheet with the title as it was. */
export interface FirstAidLog<A = unknown> {
  kind: FirstAidKind;
  id: string;
  version: string;
  seed: number;
  startT: number;
  actions: A[];
}

export interface FirstAidSummary {
  kind: FirstAidKind;
  id: string;
  version: string;
  title: LocalizedText;
  sheet: SkillSheetResult;
  passPct: number;
  /** Measured figures shown on the result (press holds, overlaps, tourniquet distance). */
  measures: { key: string; value: number; unit: string; ok: boolean | null }[];
}

export type FirstAidAttempt = AttemptRecord<FirstAidLog, FirstAidSummary>;

export const MODULE_OF: Readonly<Record<FirstAidKind, ModuleId>> = { bleeding: 'bleeding', bandage: 'bandage', splint: 'splint' };

export async function saveFirstAid(ctx: UiContext, args: { mode: FirstAidMode; startedAt: string; log: FirstAidLog; summary: FirstAidSummary }): Promise<string> {
  const record: FirstAidAttempt = {
    id: `${args.log.kind}-${crypto.randomUUID()}`,
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    learnerId: ctx.learnerId,
    module: MODULE_OF[args.log.kind],
    mode: args.mode,
    profileId: ctx.profile.id,
    profileVersion: ctx.profile.version,
    patient: 'adult',
    startedAt: args.startedAt,
    score: args.summary.sheet.pct,
    log: args.log,
    summary: args.summary,
  };
  try {
    await ctx.attempts.putAttempt(record as AttemptRecord);
  } catch {
    ctx.notify('notice.storage.writeFailed');
  }
  return record.id;
}

export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

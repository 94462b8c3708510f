import { svg, type SVGTemplateResult } from 'lit-html';
import type { Point, Region } from '../../core/quiz/types';
import type { Language } from '../../core/settings';
import { pick } from '../../core/text';
import type { Picture, Shape } from '../../content/lessons';

/**
 * Draws a content picture as inline SVG. Pictures are authored on a unit square; they are drawn on
 * a 0..100 viewBox (browsers render very small font sizes poorly). Styles are roles mapped to CSS
 * classes (`pic-<style>`) in theory.css.
 */
export const PICTURE_SCALE = 100;
const S = PICTURE_SCALE;

const pts = (points: readonly (readonly [number, number])[]) => points.map(([x, y]) => `${x * S},${y * S}`).join(' ');

function shape(s: Shape, lng: Language): SVGTemplateResult {
  switch (s.kind) {
    case 'circle':
      return svg`<circle class=${`pic-${s.style}`} cx=${s.cx * S} cy=${s.cy * S} r=${s.r * S}></circle>`;
    case 'ellipse':
      return svg`<ellipse class=${`pic-${s.style}`} cx=${s.cx * S} cy=${s.cy * S} rx=${s.rx * S} ry=${s.ry * S}></ellipse>`;
    case 'rect':
      return svg`<rect class=${`pic-${s.style}`} x=${s.x * S} y=${s.y * S} width=${s.w * S} height=${s.h * S}></rect>`;
    case 'polygon':
      return svg`<polygon class=${`pic-${s.style}`} points=${pts(s.points)}></polygon>`;
    case 'polyline':
      return svg`<polyline class=${`pic-${s.style} pic-line`} points=${pts(s.points)}></polyline>`;
    case 'text':
      return svg`<text class="pic-label" x=${s.x * S} y=${s.y * S} text-anchor=${s.anchor} dominant-baseline="middle">${pick(s.text, lng)}</text>`;
  }
}

function region(r: Region, cls: string): SVGTemplateResult {
  return r.kind === 'circle'
    ? svg`<circle class=${cls} cx=${r.cx * S} cy=${r.cy * S} r=${r.r * S}></circle>`
    : svg`<polygon class=${cls} points=${pts(r.points)}></polygon>`;
}

export interface PictureMark {
  readonly point: Point;
  /** 'given' while answering; 'right'/'wrong' in review. */
  readonly tone: 'given' | 'right' | 'wrong';
}

/** The drawing's content (no <svg> wrapper): shapes, then answer regions, then marks and a cursor. */
export function pictureContent(
  picture: Picture,
  lng: Language,
  extra: { regions?: readonly Region[]; marks?: readonly PictureMark[]; cursor?: Point | null } = {},
): SVGTemplateResult {
  return svg`
    <rect class="pic-bg" x="0" y="0" width=${S} height=${S}></rect>
    ${picture.shapes.map((s) => shape(s, lng))}
    ${(extra.regions ?? []).map((r) => region(r, 'pic-target'))}
    ${(extra.marks ?? []).map(
      (m) => svg`<g class=${`pic-mark pic-mark-${m.tone}`} data-testid="spot-mark" data-x=${m.point.x} data-y=${m.point.y}>
        <circle cx=${m.point.x * S} cy=${m.point.y * S} r="3.2"></circle>
        <path d=${`M${m.point.x * S - 2} ${m.point.y * S - 2}L${m.point.x * S + 2} ${m.point.y * S + 2}M${m.point.x * S + 2} ${m.point.y * S - 2}L${m.point.x * S - 2} ${m.point.y * S + 2}`}></path>
      </g>`,
    )}
    ${extra.cursor
      ? svg`<g class="pic-cursor" data-testid="spot-cursor">
          <circle cx=${extra.cursor.x * S} cy=${extra.cursor.y * S} r="4.5"></circle>
          <path d=${`M${extra.cursor.x * S - 7} ${extra.cursor.y * S}H${extra.cursor.x * S - 2.5}M${extra.cursor.x * S + 2.5} ${extra.cursor.y * S}H${extra.cursor.x * S + 7}M${extra.cursor.x * S} ${extra.cursor.y * S - 7}V${extra.cursor.y * S - 2.5}M${extra.cursor.x * S} ${extra.cursor.y * S + 2.5}V${extra.cursor.y * S + 7}`}></path>
        </g>`
      : null}
  `;
}

/** The unit-square point under a pointer event on `el` (the <svg>), clamped to the picture. */
export function pointFromEvent(el: SVGSVGElement, clientX: number, clientY: number): Point {
  const m = el.getScreenCTM();
  let x: number;
  let y: number;
  if (m) {
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    x = p.x / S;
    y = p.y / S;
  } else {
    const r = el.getBoundingClientRect();
    x = (clientX - r.left) / r.width;
    y = (clientY - r.top) / r.height;
  }
  const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
  return { x: clamp(x), y: clamp(y) };
}

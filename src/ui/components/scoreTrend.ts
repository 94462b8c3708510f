import { svg, type TemplateResult } from 'lit-html';

const W = 600;
const H = 120;
const PAD = 10;

/** A small line of scores, oldest to newest, on a 0–100 scale; the table beside it has the numbers. */
export function scoreTrend(scores: readonly number[], label: string): TemplateResult {
  const n = scores.length;
  const x = (i: number) => (n === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
  const y = (s: number) => H - PAD - (Math.max(0, Math.min(100, s)) / 100) * (H - 2 * PAD);
  const points = scores.map((s, i) => `${x(i)},${y(s)}`).join(' ');
  return svg`<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" aria-label=${label} data-testid="score-trend" preserveAspectRatio="none">
    <line x1=${PAD} x2=${W - PAD} y1=${y(80)} y2=${y(80)} stroke="currentColor" stroke-opacity="0.25" stroke-dasharray="4 4"></line>
    <polyline points=${points} fill="none" stroke="currentColor" stroke-width="3"></polyline>
    ${scores.map((s, i) => svg`<circle cx=${x(i)} cy=${y(s)} r="5" fill="currentColor"></circle>`)}
  </svg>`;
}

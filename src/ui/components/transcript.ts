import { html, type TemplateResult } from 'lit-html';
import type { Translate } from '../ports';
import { clock } from '../screens/scenarioText';

/** One line of a run's transcript: what was said or shown, when (ms from the start). */
export interface TranscriptLine<K extends string = string> {
  id: number;
  kind: K;
  key: string;
  text: string;
  relMs: number;
}

/** How many lines a transcript keeps (newest first). */
const TRANSCRIPT_MAX = 80;

export function withLine<L>(lines: readonly L[], line: L): L[] {
  return [line, ...lines].slice(0, TRANSCRIPT_MAX);
}

/**
 * The transcript beside a skill run (captions, feedback, mistakes, newest first): a scrollable,
 * focusable region so a keyboard or screen-reader user can read it back. `module` names the
 * strings (`<module>.run.transcript`, `<module>.lineKind.<kind>`) and the test hook
 * (`<module>-transcript`).
 */
export function transcript(t: Translate, module: 'scenario' | 'choking', lines: readonly TranscriptLine[]): TemplateResult {
  const titleId = `${module}-log-title`;
  return html`<section class="scn-log" aria-labelledby=${titleId}>
    <h2 id=${titleId}>${t(`${module}.run.transcript`)}</h2>
    <div class="scn-transcript" data-testid=${`${module}-transcript`} tabindex="0" role="region" aria-labelledby=${titleId}>
      <ol reversed>
        ${lines.map(
          (l) => html`<li class=${`line ${l.kind}`} data-kind=${l.kind} data-key=${l.key}>
            <span class="when">${clock(l.relMs)}</span>
            <span class="kind">${t(`${module}.lineKind.${l.kind}`)}</span>
            <span class="text">${l.text}</span>
          </li>`,
        )}
      </ol>
    </div>
  </section>`;
}

import type { TemplateResult } from 'lit-html';
import type { UiContext } from './ports';

/** One DOM screen. `mount`/`unmount` bracket its life for screens that hold resources (a game, inputs). */
export interface Screen {
  /** i18n key of the document title and the screen's heading. */
  titleKey: string;
  render(ctx: UiContext): TemplateResult;
  mount?(ctx: UiContext, host: HTMLElement): void | Promise<void>;
  unmount?(): void;
}

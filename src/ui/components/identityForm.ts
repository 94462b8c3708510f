import { html, nothing, type TemplateResult } from 'lit-html';
import type { UiContext } from '../ports';

export const NAME_MAX = 60;
export const STUDENT_NUMBER_MAX = 32;

export interface IdentityFormProps {
  readonly ctx: UiContext;
  readonly name: string;
  readonly studentNumber: string;
  readonly busy?: boolean;
  readonly error?: string | null;
  readonly submitLabel: string;
  onSave(name: string, studentNumber: string): void;
  onCancel?: () => void;
}

/**
 * Name (required) and student number (optional), entered once on a device without a launch.
 * Native validation does the required check; the name is stored and shown as text only.
 */
export function identityForm(p: IdentityFormProps): TemplateResult {
  const { ctx } = p;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('learner-name') ?? '').trim();
    const sn = String(data.get('student-number') ?? '').trim();
    if (name === '') {
      form.querySelector<HTMLInputElement>('#learner-name')?.focus();
      return;
    }
    p.onSave(name, sn);
  };
  return html`<form class="identity settings" data-testid="identity-form" @submit=${submit}>
    <div class="field">
      <label for="learner-name">${ctx.t('theory.identity.name')}</label>
      <input
        id="learner-name"
        name="learner-name"
        type="text"
        autocomplete="name"
        required
        maxlength=${NAME_MAX}
        .value=${p.name}
        data-testid="identity-name"
        aria-describedby="learner-name-hint"
      />
      <p class="muted small" id="learner-name-hint">${ctx.t('theory.identity.nameHint')}</p>
    </div>
    <div class="field">
      <label for="student-number">${ctx.t('theory.identity.studentNumber')}</label>
      <input
        id="student-number"
        name="student-number"
        type="text"
        autocomplete="off"
        maxlength=${STUDENT_NUMBER_MAX}
        .value=${p.studentNumber}
        data-testid="identity-student-number"
      />
    </div>
    ${p.error ? html`<p class="error" role="alert">${p.error}</p>` : nothing}
    <div class="actions">
      <button class="primary" type="submit" ?disabled=${p.busy} data-testid="identity-save">${p.submitLabel}</button>
      ${p.onCancel ? html`<button type="button" @click=${p.onCancel}>${ctx.t('common.cancel')}</button>` : nothing}
    </div>
  </form>`;
}

import { html, nothing, type TemplateResult } from 'lit-html';
import '../components/records.css';
import { dateTime } from '../format';
import type { RecordsConfig, UiContext } from '../ports';

/**
 * Settings → Learning records: where statements go (an LRS endpoint and its key/secret, stored on
 * this device), whether it can be reached, and what waits in the outbox. With a cmi5 launch the
 * launch's LRS is used and the form only applies to later, unlaunched use.
 */
let draft: RecordsConfig | null = null;
let busy: 'save' | 'test' | 'send' | 'exit' | null = null;
let tested: boolean | null = null;

function field(id: string, label: string, value: string, type: string, onInput: (v: string) => void, extra: { autocomplete: string; hint?: string }): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      data-testid=${id}
      type=${type}
      .value=${value}
      autocomplete=${extra.autocomplete}
      spellcheck="false"
      autocapitalize="off"
      aria-describedby=${extra.hint ? `${id}-hint` : nothing}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
    ${extra.hint ? html`<span id=${`${id}-hint`} class="muted small">${extra.hint}</span>` : nothing}
  </div>`;
}

async function run(ctx: UiContext, what: NonNullable<typeof busy>, work: () => Promise<unknown>): Promise<void> {
  busy = what;
  ctx.requestRender();
  try {
    await work();
  } finally {
    busy = null;
    ctx.requestRender();
  }
}

export function recordsSection(ctx: UiContext): TemplateResult {
  const { t, language } = ctx;
  const rec = ctx.records;
  const st = rec.status();
  const cfg = draft ?? rec.config();
  const set = (patch: Partial<RecordsConfig>) => {
    draft = { ...(draft ?? rec.config()), ...patch };
    tested = null;
  };
  const errorText = st.lastError ? t(st.lastError.key, st.lastError.params) : '';
  return html`<section class="records" aria-labelledby="records-title" data-testid="records">
    <h2 id="records-title">${t('records.title')}</h2>
    <p class="muted small">${t('records.intro')}</p>
    <dl class="records-status">
      <dt>${t('records.connection')}</dt>
      <dd aria-live="polite"><span class="records-state" data-testid="records-state" data-state=${st.connection}>${t(`records.state.${st.connection}`)}</span></dd>
      ${st.launch
        ? html`<dt>${t('records.launchedAs')}</dt>
            <dd data-testid="records-launch-learner">${st.launch.learnerName || t('records.unnamed')}</dd>
            <dt>${t('records.launchEndpoint')}</dt>
            <dd>${st.launch.endpoint}</dd>`
        : nothing}
      <dt>${t('records.waitingLabel')}</dt>
      <dd data-testid="records-waiting" data-count=${st.waiting}>${t('records.waiting', { count: st.waiting })}${st.sending ? html` · ${t('records.sending')}` : nothing}</dd>
      <dt>${t('records.lastSent')}</dt>
      <dd data-testid="records-last-sent">${st.lastSentAt ? dateTime(language, st.lastSentAt) : t('records.never')}</dd>
      <dt>${t('records.lastError')}</dt>
      <dd data-testid="records-error" aria-live="polite" class=${errorText ? 'error' : ''}>${errorText || t('records.none')}</dd>
    </dl>
    ${st.launch?.ended ? html`<p data-testid="records-ended">${t('records.ended')}</p>` : nothing}
    <div class="actions">
      ${st.launch && !st.launch.ended
        ? html`<button type="button" class="primary" data-testid="records-exit" ?disabled=${busy !== null} @click=${() => void run(ctx, 'exit', () => rec.exitLaunch())}>
            ${t('records.exit')}
          </button>`
        : nothing}
      <button
        type="button"
        data-testid="records-send"
        ?disabled=${busy !== null || st.waiting === 0}
        @click=${() => void run(ctx, 'send', () => rec.sendNow())}
      >${t('records.sendNow')}</button>
    </div>
    <form
      class="records-form"
      data-testid="records-form"
      @submit=${(e: Event) => {
        e.preventDefault();
        const next = draft ?? rec.config();
        void run(ctx, 'save', async () => {
          await rec.configure(next);
          draft = null;
        });
      }}
    >
      <fieldset>
        <legend>${t('records.lrs')}</legend>
        ${st.launch ? html`<p class="muted small">${t('records.launchNote')}</p>` : nothing}
        ${field('records-endpoint', t('records.endpoint'), cfg.endpoint, 'url', (v) => set({ endpoint: v }), {
          autocomplete: 'url',
          hint: t('records.endpointHint'),
        })}
        ${field('records-username', t('records.username'), cfg.username, 'text', (v) => set({ username: v }), { autocomplete: 'username' })}
        ${field('records-password', t('records.password'), cfg.password, 'password', (v) => set({ password: v }), { autocomplete: 'current-password' })}
        <p class="muted small">${t('records.storedHere')}</p>
        <div class="actions">
          <button type="submit" class="primary" data-testid="records-save" ?disabled=${busy !== null}>${t('records.save')}</button>
          <button
            type="button"
            data-testid="records-test"
            ?disabled=${busy !== null}
            @click=${() =>
              void run(ctx, 'test', async () => {
                if (draft) {
                  await rec.configure(draft);
                  draft = null;
                }
                tested = await rec.testConnection();
              })}
          >${t('records.test')}</button>
        </div>
        ${tested !== null
          ? html`<p role="status" data-testid="records-test-result" class=${tested ? '' : 'error'}>${tested ? t('records.testOk') : t('records.testFailed')}</p>`
          : nothing}
      </fieldset>
    </form>
  </section>`;
}

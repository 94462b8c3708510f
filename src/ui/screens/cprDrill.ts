import { html, nothing } from 'lit-html';
import type { AttemptRecord } from '../../core/attempt';
import { ATTEMPT_SCHEMA_VERSION } from '../../core/attempt';
import { createCoach, type Coach } from '../../core/cpr/coach';
import { SampleError } from '../../core/cpr/errors';
import type { Sample } from '../../core/cpr/sample';
import { targetsFor } from '../../core/cpr/targets';
import { CprDrill, type DrillEffect } from '../../core/drill/cprDrill';
import { analyzeCprDrill, type CprAttemptLog, type CprAttemptSummary } from '../../core/drill/cprResult';
import { MANIKIN_MAX_TRAVEL_MM, type CprViewModel, type DepthSource } from '../../core/view/cprView';
import { num } from '../format';
import type { UiContext } from '../ports';
import type { CprDrillParams } from '../routes';
import type { Screen } from '../screen';

/** Screen pixels per millimetre of chest travel: 60 mm is 150 px, comfortable on a phone. */
const PX_PER_MM = 2.5;
/** The target landmark sits a little below the chest control's centre (lower half of the sternum). */
const LANDMARK = { x: 0.5, y: 0.55 };
const METRONOME_BPM = 110;

interface Live {
  caption: string | null;
  captionKey: string | null;
  error: string | null;
  beat: boolean;
}

/**
 * The compression drill: the DOM owns the accessible chest control and the text; the Phaser scene
 * draws the manikin and gauges from the view model. Inputs arrive as timestamped samples from
 * the input port; the core drill decides phases, the coach decides cues.
 */
export function createCprDrillScreen(params: CprDrillParams): Screen {
  let drill: CprDrill | undefined;
  let coach: Coach | undefined;
  let view: CprViewModel | undefined;
  let detach: (() => void) | undefined;
  let stage: { resize(w: number, h: number): void; destroy(): void } | undefined;
  let raf = 0;
  let unbeat: (() => void) | undefined;
  let depthSource: DepthSource = 'travel';
  let pressureAvailable = false;
  let saving = false;
  /** Wall-clock time of the first compression, for listing; analysis uses event timestamps. */
  let startedAt: string | null = null;
  let breathStart: number | null = null;
  let shownSec: number | null = null;
  let lastBreathOk: boolean | null = null;
  const live: Live = { caption: null, captionKey: null, error: null, beat: false };
  const practice = params.mode === 'practice';
  const onResize = () => layout();
  let ctxRef: UiContext | undefined;
  let host: HTMLElement | undefined;

  function layout(): void {
    const stageEl = host?.querySelector<HTMLElement>('.stage');
    const chest = host?.querySelector<HTMLElement>('[data-testid="cpr-chest"]');
    if (!stageEl || !chest || !view) return;
    const w = stageEl.clientWidth;
    const h = stageEl.clientHeight;
    // Large enough to aim at on a kiosk, small enough to leave room for the gauges on a phone.
    const cw = Math.min(w * 0.5, h * 0.6, 440);
    const ch = cw * 0.7;
    const rect = { x: (w - cw) / 2, y: Math.max(h * 0.22, 70), width: cw, height: ch };
    Object.assign(chest.style, { left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    view.chest = rect;
    view.landmark = { x: rect.x + rect.width * LANDMARK.x, y: rect.y + rect.height * LANDMARK.y };
    stage?.resize(w, h);
  }

  function apply(ctx: UiContext, fx: DrillEffect[]): void {
    for (const e of fx) {
      if (e.type === 'compression' && view) {
        const c = e.compression;
        view.rateCpm = c.rateCpm ?? view.rateCpm;
        view.peakDepthMm = c.depthMm;
        view.handOk = c.handOk;
        if (practice && coach) {
          const cue = coach.push(c);
          if (cue) say(ctx, cue.key);
        }
      } else if (e.type === 'prompt') {
        if (practice || e.key === 'drill.end') say(ctx, e.key);
      } else if (e.type === 'breath') {
        lastBreathOk = e.ok;
      } else if (e.type === 'phase') {
        startedAt ??= new Date().toISOString();
        if (e.phase === 'compressions' && practice && ctx.settings.metronome) ctx.audio.metronome.start(METRONOME_BPM);
        if (e.phase === 'done') void finish(ctx);
      }
    }
    if (fx.length) ctx.requestRender();
  }

  function say(ctx: UiContext, key: string): void {
    live.captionKey = key;
    live.caption = ctx.t(`voice.${key}`);
    ctx.audio.say(key);
  }

  function onSample(ctx: UiContext, s: Sample): void {
    if (!drill || !view) return;
    if (s.depthMm !== undefined) {
      view.depthMm = s.depthMm;
      view.depthMeasured = true;
    }
    if (s.kind) view.pressed = s.kind === 'press';
    if (s.hand) view.hand = { x: view.landmark.x + s.hand.dxMm * PX_PER_MM, y: view.landmark.y + s.hand.dyMm * PX_PER_MM };
    view.sampleT = s.t;
    try {
      apply(ctx, drill.push(s));
      if (live.error) {
        live.error = null;
        ctx.requestRender();
      }
    } catch (err) {
      if (!(err instanceof SampleError)) throw err;
      live.error = ctx.t(err.key, err.params);
      ctx.requestRender();
    }
  }

  function tick(): void {
    const ctx = ctxRef;
    if (!ctx || !drill) return;
    apply(ctx, drill.tick(ctx.input.now()));
    if (drill.snapshot().phase !== 'done') {
      // Re-render only when the shown second changes; measurement never depends on this loop.
      const rem = drill.snapshot(ctx.input.now()).remainingMs;
      const sec = rem === null ? null : Math.ceil(rem / 1000);
      if (sec !== shownSec) {
        shownSec = sec;
        ctx.requestRender();
      }
      raf = requestAnimationFrame(tick);
    }
  }

  async function finish(ctx: UiContext): Promise<void> {
    if (!drill || saving) return;
    saving = true;
    cleanup();
    if (drill.snapshot().compressions === 0) {
      // Nothing was done: there is no attempt to keep, so go back to the set-up.
      ctx.navigate('#/cpr');
      return;
    }
    const log: CprAttemptLog = { ...drill.log(), length: params.length };
    const summary: CprAttemptSummary = analyzeCprDrill(log, drill.targets);
    const record: AttemptRecord<CprAttemptLog, CprAttemptSummary> = {
      id: `cpr-${crypto.randomUUID()}`,
      schemaVersion: ATTEMPT_SCHEMA_VERSION,
      learnerId: ctx.learnerId,
      module: 'cpr',
      mode: params.mode,
      profileId: drill.targets.profileId,
      profileVersion: drill.targets.profileVersion,
      patient: params.patient,
      startedAt: startedAt ?? new Date().toISOString(),
      score: summary.metrics.score.score,
      log,
      summary,
    };
    try {
      await ctx.attempts.putAttempt(record as AttemptRecord);
    } catch {
      ctx.notify('notice.storage.writeFailed');
    }
    ctx.navigate(`#/results/${encodeURIComponent(record.id)}`);
  }

  function cleanup(): void {
    cancelAnimationFrame(raf);
    detach?.();
    detach = undefined;
    unbeat?.();
    ctxRef?.audio.metronome.stop();
    window.removeEventListener('resize', onResize);
  }

  const breathDown = (e: PointerEvent | KeyboardEvent) => {
    if (e instanceof KeyboardEvent && e.key !== ' ' && e.key !== 'Enter') return;
    if (e instanceof KeyboardEvent && e.repeat) return e.preventDefault();
    e.preventDefault();
    breathStart = e.timeStamp;
    if (view) view.breathing = true;
  };
  const breathUp = (e: PointerEvent | KeyboardEvent) => {
    if (e instanceof KeyboardEvent && e.key !== ' ' && e.key !== 'Enter') return;
    e.preventDefault();
    if (breathStart === null || !drill || !ctxRef) return;
    const start = breathStart;
    breathStart = null;
    if (view) view.breathing = false;
    apply(ctxRef, drill.breath(start, e.timeStamp));
  };

  return {
    titleKey: 'cpr.setup.title',
    async mount(ctx, mainEl) {
      ctxRef = ctx;
      host = mainEl;
      const targets = targetsFor(ctx.profile, params.patient);
      drill = new CprDrill(targets, params.length);
      coach = createCoach(targets, { mutedKeys: ctx.settings.mutedCues });
      view = {
        chest: { x: 0, y: 0, width: 0, height: 0 },
        depthMm: 0,
        depthMeasured: false,
        pressed: false,
        hand: null,
        handOk: null,
        landmark: { x: 0, y: 0 },
        zoneRadiusPx: targets.handZoneRadiusMm.value * PX_PER_MM,
        pxPerMm: PX_PER_MM,
        showGauges: practice,
        rateCpm: null,
        rateBand: [targets.rateCpm.min, targets.rateCpm.max],
        peakDepthMm: null,
        depthBand: [targets.depthMm.min, targets.depthMm.max],
        sampleT: -1,
        breathing: false,
        highContrast: ctx.settings.highContrast,
        reducedMotion: ctx.settings.reducedMotion,
      };
      ctx.requestRender();
      await new Promise((r) => requestAnimationFrame(r));
      const chest = host.querySelector<HTMLElement>('[data-testid="cpr-chest"]');
      const canvasHost = host.querySelector<HTMLElement>('.stage-canvas');
      if (!chest || !canvasHost) return;
      layout();
      window.addEventListener('resize', onResize);
      detach = ctx.input.attachChest(chest, {
        calibration: () => ({
          pxPerMm: PX_PER_MM,
          landmark: { x: (view?.chest.width ?? 0) * LANDMARK.x, y: (view?.chest.height ?? 0) * LANDMARK.y },
          maxTravelMm: MANIKIN_MAX_TRAVEL_MM,
        }),
        depthSource: () => depthSource,
        onSample: (s) => onSample(ctx, s),
        onPressureAvailable: () => {
          pressureAvailable = true;
          ctx.requestRender();
        },
      });
      if (practice) {
        unbeat = ctx.audio.metronome.onBeat(() => {
          const dot = host?.querySelector('.beat');
          dot?.classList.add('on');
          setTimeout(() => dot?.classList.remove('on'), 100);
        });
      }
      raf = requestAnimationFrame(tick);
      try {
        stage = await ctx.game.mountCpr(canvasHost, view, {
          onFrame: (sampleT, frameT) => {
            chest.dataset.shownSampleT = String(sampleT);
            chest.dataset.shownFrameT = String(frameT);
          },
        });
        layout();
        host.querySelector('.stage')?.setAttribute('data-ready', 'true');
      } catch {
        ctx.notify('notice.game.failed');
      }
    },
    unmount() {
      cleanup();
      stage?.destroy();
      stage = undefined;
    },
    render(ctx) {
      const { t } = ctx;
      const snap = drill?.snapshot(ctx.input.now());
      const phase = snap?.phase ?? 'ready';
      const targets = drill?.targets;
      return html`
        <section class="drill" data-testid="cpr-drill" data-mode=${params.mode} data-phase=${phase}>
          <div class="drill-head">
            <h1>${t('cpr.setup.title')}</h1>
            <p class="muted">${t(`patient.${params.patient}`)} · ${t(`mode.${params.mode}`)} · ${t(ctx.profile.nameKey)}</p>
          </div>
          <div class="drill-status">
            <span data-testid="cpr-phase">${t(`cpr.drill.phase.${practice || phase === 'ready' || phase === 'done' ? phase : 'assessment'}`)}</span>
            ${params.length.kind === 'seconds'
              ? html`<span data-testid="cpr-remaining">${t('cpr.drill.remaining', { s: Math.ceil((snap?.remainingMs ?? params.length.seconds * 1000) / 1000) })}</span>`
              : nothing}
            ${practice && snap ? html`<span data-testid="cpr-count">${t('cpr.drill.count', { n: snap.compressions })}</span>` : nothing}
            ${practice ? html`<span class="beat" aria-hidden="true"></span>` : nothing}
          </div>
          ${live.error ? html`<p role="alert" class="error" data-testid="cpr-error">${live.error}</p>` : nothing}
          ${practice
            ? html`<p class="cue" aria-live="polite" data-testid="cpr-cue" data-key=${live.captionKey ?? ''}>${live.caption ?? ''}</p>
                ${targets
                  ? html`<dl class="live-figures" data-testid="cpr-live">
                      <div><dt>${t('cpr.drill.rate')}</dt><dd>${view?.rateCpm != null ? t('cpr.result.perMin', { v: num(ctx.language, view.rateCpm, 0) }) : '–'}</dd></div>
                      <div><dt>${t('cpr.drill.depth')}</dt><dd>${!snap?.compressions ? '–' : view?.depthMeasured && view.peakDepthMm != null ? t('cpr.result.mm', { v: num(ctx.language, view.peakDepthMm, 0) }) : t('cpr.result.notMeasured')}</dd></div>
                    </dl>`
                  : nothing}`
            : html`<p class="muted" data-testid="cpr-blind">${t('cpr.drill.blind')}</p>`}
          ${pressureAvailable
            ? html`<label class="toggle"><input type="checkbox" .checked=${depthSource === 'pressure'} @change=${(e: Event) => {
                depthSource = (e.target as HTMLInputElement).checked ? 'pressure' : 'travel';
              }} /><span>${t('cpr.drill.usePressure')}</span></label>`
            : nothing}
          <div class="stage">
            <div class="stage-canvas"></div>
            <div
              class="chest"
              data-testid="cpr-chest"
              role="button"
              tabindex="0"
              data-px-per-mm=${PX_PER_MM}
              aria-label=${t('cpr.drill.chestLabel')}
              aria-describedby="chest-help"
            ></div>
          </div>
          <div class="drill-controls">
            <button
              class="breath"
              data-testid="cpr-airway"
              aria-pressed=${view?.breathing ? 'true' : 'false'}
              @pointerdown=${breathDown}
              @pointerup=${breathUp}
              @pointercancel=${breathUp}
              @keydown=${breathDown}
              @keyup=${breathUp}
            >
              ${t('cpr.drill.breath')}
            </button>
            ${practice && lastBreathOk === false ? html`<span class="muted" data-testid="breath-short">${t('cpr.drill.breathShort')}</span>` : nothing}
            <button data-testid="cpr-finish" @click=${() => drill && apply(ctx, drill.stop(ctx.input.now()))}>${t('cpr.drill.finish')}</button>
          </div>
          <p id="chest-help" class="muted small">${t('cpr.demo.howTo')}</p>
        </section>
      `;
    },
  };
}

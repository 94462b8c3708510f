import type { AttemptRecord, Learner, ModuleId } from '../core/attempt';
import type { ImportOutcome } from '../core/attemptFile';
import type { LearningEvent, RecordsConfig, RecordsStatus } from '../core/records';
import type { Language, Settings } from '../core/settings';
import type { ProtocolProfile } from '../core/protocol/profile';
import type { Sample } from '../core/cpr/sample';
import type { ChestCalibration, CprSceneHooks, CprViewModel, DepthSource } from '../core/view/cprView';
import type { ScenarioSceneHooks, ScenarioViewModel } from '../core/view/scenarioView';
import type { ChokingSceneHooks, ChokingViewModel } from '../core/view/chokingView';

/**
 * What the DOM screens need from the outside world. The composition root (`src/app`) implements
 * these with the browser adapters and the Phaser game; screens never import either directly.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface AttemptRepository {
  putAttempt(a: AttemptRecord): Promise<void>;
  getAttempt(id: string): Promise<AttemptRecord | undefined>;
  listAttempts(filter?: { module?: ModuleId; learnerId?: string }): Promise<AttemptRecord[]>;
}

export type AudioState = 'locked' | 'ready' | 'blocked' | 'muted' | 'unavailable';

export interface AudioPort {
  /** Plays a voice prompt if voice is on and audio works; the caller always shows the caption too. */
  say(key: string): boolean;
  /** Loads the voice for the scenario's hints and feedback (say them by their message keys). */
  prepareCoaching(): void;
  sfx(name: string): void;
  state(): AudioState;
  metronome: {
    start(bpm: number): void;
    stop(): void;
    onBeat(cb: (beat: number) => void): () => void;
  };
}

/** The lazily loaded game engine, as screens see it. */
export interface GamePort {
  /** Loads Phaser on first use and starts the CPR scene drawing `view` inside `parent`. */
  mountCpr(parent: HTMLElement, view: CprViewModel, hooks: CprSceneHooks): Promise<{ resize(w: number, h: number): void; destroy(): void }>;
  /**
   * Starts the AED trainer scene drawing `view` inside `parent`, with pointer input on (pads are
   * dragged in the scene; every intent is reported through `hooks`, never applied by the scene).
   */
  mountScenario(
    parent: HTMLElement,
    view: ScenarioViewModel,
    hooks: ScenarioSceneHooks,
  ): Promise<{ resize(w: number, h: number): void; destroy(): void }>;
  /** Starts the choking scene drawing `view` inside `parent`, with pointer input on (strokes are reported through `hooks`). */
  mountChoking(
    parent: HTMLElement,
    view: ChokingViewModel,
    hooks: ChokingSceneHooks,
  ): Promise<{ resize(w: number, h: number): void; destroy(): void }>;
}

export interface ChestInputOptions {
  calibration(): ChestCalibration;
  depthSource(): DepthSource;
  onSample(sample: Sample): void;
  onPressureAvailable?(): void;
  onGamepad?(): void;
}

export interface InputPort {
  /** Pointer, keyboard and gamepad on the chest control; returns a function that detaches them all. */
  attachChest(el: HTMLElement, opts: ChestInputOptions): () => void;
  /** Now, on the same timebase as `event.timeStamp`. */
  now(): number;
}

export interface Notice {
  id: string;
  key: string;
  params?: Record<string, unknown>;
  /** Offered as a button beside the notice, e.g. reload for an update. */
  action?: { key: string; run: () => void };
}

/**
 * The current learner. Without a launch the learner names themself once on the device; with a
 * launch the identity comes from it. Names are data: screens show them as text, never as HTML.
 */
export interface LearnerPort {
  /** The current learner; `name` is '' until one is entered. */
  get(): Promise<Learner>;
  /** Sets the current learner's name (trimmed) and student number ('' or absent clears it). */
  rename(name: string, studentNumber?: string): Promise<void>;
}

/** Result files: everything on the device for "export all", and a JSON file imported back. */
export interface ResultsFilePort {
  /** Every attempt on this device (newest first), whoever's, and every learner it knows. */
  everything(): Promise<{ attempts: AttemptRecord[]; learners: Learner[] }>;
  /** Checks the whole file first, then adds its attempts; a bad file changes nothing. */
  importJson(file: File): Promise<ImportOutcome>;
}

export type { LearningEvent, RecordsConfig, RecordsStatus } from '../core/records';

/**
 * Learning records (xAPI/cmi5 and any other reporter): screens tell it what happened; Settings
 * shows and changes the connection. Attempts need no call: every saved attempt is reported by the
 * composition root as `attemptSaved`.
 */
export interface RecordsPort {
  /** Reports an event to every record sink. Never throws and never waits on the network. */
  record(event: LearningEvent): void;
  status(): RecordsStatus;
  /** Called whenever the status changes; returns the unsubscribe function. */
  onChange(cb: () => void): () => void;
  config(): RecordsConfig;
  /** Stores the connection on this device and sends what waits. */
  configure(config: RecordsConfig): Promise<void>;
  /** Checks endpoint and credentials; the outcome is in `status()`. */
  testConnection(): Promise<boolean>;
  sendNow(): Promise<void>;
  /**
   * Ends an LMS launch (cmi5 terminated) and returns to the platform's returnURL if it gave one.
   * Does nothing when not launched.
   */
  exitLaunch(): Promise<void>;
}

export interface UiContext {
  t: Translate;
  language: Language;
  settings: Settings;
  profile: ProtocolProfile;
  learnerId: string;
  learner: LearnerPort;
  attempts: AttemptRepository;
  resultsFile: ResultsFilePort;
  records: RecordsPort;
  audio: AudioPort;
  game: GamePort;
  input: InputPort;
  navigate(hash: string): void;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  notify(key: string, params?: Record<string, unknown>): void;
  /** Asks the shell to render the current screen again (after async data arrives). */
  requestRender(): void;
}

/**
 * What the choking scene draws and how stage pixels map to the body plane (mm). Pure: the screen
 * computes the layout from the stage size, the scene draws it and reports pointer paths in stage
 * pixels with their events' timestamps; the screen converts them with `stageToBodyMm`.
 */

export type ChokingFigure = 'adult' | 'child' | 'infant';
/** Which side of the person the learner works on. */
export type ChokingSide = 'back' | 'front' | 'ground';
export type ChokingShape = 'typical' | 'pregnant' | 'obese';
/** What the pointer does on the stage: strike (a blow or thrust path), place the hand, or nothing. */
export type ChokingPointerMode = 'strike' | 'place' | 'none';

export interface StagePoint {
  x: number;
  y: number;
}

export interface ChokingLayout {
  width: number;
  height: number;
  pxPerMm: number;
  /** The body-plane origin on the stage (front: navel; back: spine between the shoulder blades). */
  origin: StagePoint;
  /** Unit vector on the stage pointing towards the person's feet. */
  feet: StagePoint;
}

export interface ChokingViewModel {
  layout: ChokingLayout;
  figure: ChokingFigure;
  side: ChokingSide;
  shape: ChokingShape;
  /** Infants: face down (back blows) or face up (chest thrusts); head lower than the chest or not. */
  infant: { faceDown: boolean; headLow: boolean } | null;
  /** Self-rescue: the chair back under the upper abdomen. */
  chair: boolean;
  pointer: ChokingPointerMode;
  /** Target zones to draw (guided mode only), stage px. */
  zones: { x: number; y: number; r: number }[];
  /** The fist or hand for thrusts, stage px. */
  hand: StagePoint | null;
  /** The last stroke's path and whether it was effective (practice/guided), stage px. */
  trail: { points: StagePoint[]; ok: boolean | null } | null;
  /** Mouth: nothing to see, the object seen, or out. */
  mouth: 'closed' | 'open' | 'objectSeen' | 'clear';
  labels: { side: string; head: string };
  highContrast: boolean;
  reducedMotion: boolean;
}

export interface ChokingSceneHooks {
  /** A finished pointer path (down to up) in stage px, each point with its event's timeStamp. */
  onStroke(path: { t: number; x: number; y: number }[]): void;
  /** The hand dragged to a point (stage px) and let go, at the event's timeStamp. */
  onPlace(x: number, y: number, t: number): void;
}

export interface ChokingStageHost {
  startChoking(view: ChokingViewModel, hooks: ChokingSceneHooks): void;
}

/** The body span each side shows (mm, from the origin: top, bottom, half width), per figure. */
const SPANS: Record<ChokingFigure, Record<ChokingSide, { top: number; bottom: number; half: number }>> = {
  adult: { back: { top: -480, bottom: 420, half: 300 }, front: { top: -520, bottom: 220, half: 300 }, ground: { top: -740, bottom: 220, half: 320 } },
  child: { back: { top: -340, bottom: 300, half: 210 }, front: { top: -370, bottom: 160, half: 210 }, ground: { top: -520, bottom: 160, half: 230 } },
  infant: { back: { top: -220, bottom: 240, half: 110 }, front: { top: -320, bottom: 120, half: 110 }, ground: { top: -320, bottom: 120, half: 110 } },
};

/** Infants lie along the forearm, head lower than the chest: the feet point right and up by this angle. */
export const INFANT_TILT_DEG = 15;

/**
 * Lays the body out on the stage. Standing people: head up. Infants: along the forearm, head to
 * the left, lower than the chest when `headLow`.
 */
export function chokingLayout(width: number, height: number, figure: ChokingFigure, side: ChokingSide, headLow = true): ChokingLayout {
  const s = SPANS[figure][side];
  if (figure === 'infant') {
    const tilt = ((headLow ? INFANT_TILT_DEG : -INFANT_TILT_DEG) * Math.PI) / 180;
    const feet = { x: Math.cos(tilt), y: -Math.sin(tilt) };
    const span = s.bottom - s.top;
    const pxPerMm = Math.max(0.1, Math.min((width * 0.86) / span, (height * 0.8) / (2 * s.half + 120)));
    const mid = (s.top + s.bottom) / 2;
    const origin = { x: width / 2 - feet.x * mid * pxPerMm, y: height * 0.46 - feet.y * mid * pxPerMm };
    return { width, height, pxPerMm, origin, feet };
  }
  const span = s.bottom - s.top;
  const pxPerMm = Math.max(0.1, Math.min((height * 0.94) / span, (width * 0.94) / (2 * s.half)));
  const origin = { x: width / 2, y: height * 0.03 - s.top * pxPerMm };
  return { width, height, pxPerMm, origin, feet: { x: 0, y: 1 } };
}

/** Body plane (mm) to stage px. */
export function bodyMmToStage(L: ChokingLayout, p: { x: number; y: number }): StagePoint {
  const ux = { x: L.feet.y, y: -L.feet.x };
  return {
    x: L.origin.x + (p.x * ux.x + p.y * L.feet.x) * L.pxPerMm,
    y: L.origin.y + (p.x * ux.y + p.y * L.feet.y) * L.pxPerMm,
  };
}

/** Stage px to body plane (mm). */
export function stageToBodyMm(L: ChokingLayout, p: StagePoint): { x: number; y: number } {
  const dx = (p.x - L.origin.x) / L.pxPerMm;
  const dy = (p.y - L.origin.y) / L.pxPerMm;
  const ux = { x: L.feet.y, y: -L.feet.x };
  return { x: dx * ux.x + dy * ux.y, y: dx * L.feet.x + dy * L.feet.y };
}

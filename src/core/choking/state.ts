import type { Sample } from '../cpr/sample';
import type { ChokingOrder, ProtocolProfile } from '../protocol/profile';
import type { CriticalErrorEvent } from '../skills/sheet';
import type { GestureScore } from './gesture';
import type {
  BodyPointMm,
  ChokingErrorId,
  ChokingOutcome,
  ChokingPhase,
  ChokingScenarioDef,
  ChokingStartOptions,
  InfantHands,
  Posture,
  Technique,
} from './types';

export interface StrikeRecord {
  index: number;
  t: number;
  technique: Technique;
  score: GestureScore;
  posture: Posture | null;
  /** The technique is the right one for this person (else it is not counted towards clearing). */
  techniqueOk: boolean;
  postureOk: boolean;
  /** Counted towards the object coming out. */
  effective: boolean;
}

export interface BreathRecord {
  startT: number;
  t: number;
}

export interface AirwayOpening {
  t: number;
  looked: boolean;
  /** The object was seen on this opening's look. */
  seen: boolean;
}

export interface ChokingState {
  readonly scenario: ChokingScenarioDef;
  readonly profile: ProtocolProfile;
  readonly options: ChokingStartOptions;
  /** Drawn from the seed at start. */
  readonly draws: { effectiveToClear: number; collapseAfter: number | null; visibleAtOpening: number | null };
  /** The order this attempt is judged by (infants: back blows first under every profile). */
  readonly order: ChokingOrder;
  readonly setSize: number;
  phase: ChokingPhase;
  startT: number;
  now: number;
  askedT: number | null;
  encouraged: number;
  call: { t: number; number: string } | null;
  posture: Posture | null;
  hands: InfantHands | null;
  hand: BodyPointMm | null;
  strikes: StrikeRecord[];
  effectiveCount: number;
  firstEffectiveT: number | null;
  errors: CriticalErrorEvent<ChokingErrorId>[];
  /** Becoming unresponsive. */
  collapsedT: number | null;
  loweredT: number | null;
  emergencyCall: { t: number; number: string } | null;
  cpr: { samples: Sample[]; compressions: number; firstT: number | null; down: boolean; sinceOpening: number };
  openings: AirwayOpening[];
  airwayOpen: boolean;
  breaths: BreathRecord[];
  outcome: ChokingOutcome;
  endT: number | null;
}

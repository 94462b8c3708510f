import type { ScenarioDef } from '../../core/scenario/types';
import { adultNonShockable, adultShockable } from './adult';
import { child, childAdultPads } from './child';
import {
  bystanderTouchesDuringAnalysis,
  hairyChest,
  implantedDevice,
  medicationPatch,
  wetGround,
} from './hazards';
import { infant } from './infant';

export const SCENARIO_IDS = [
  'adultShockable',
  'adultNonShockable',
  'child',
  'childAdultPads',
  'infant',
  'wetGround',
  'medicationPatch',
  'hairyChest',
  'implantedDevice',
  'bystanderTouchesDuringAnalysis',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioDef>> = {
  adultShockable,
  adultNonShockable,
  child,
  childAdultPads,
  infant,
  wetGround,
  medicationPatch,
  hairyChest,
  implantedDevice,
  bystanderTouchesDuringAnalysis,
};

export function isScenarioId(v: unknown): v is ScenarioId {
  return typeof v === 'string' && (SCENARIO_IDS as readonly string[]).includes(v);
}

export function getScenario(id: ScenarioId): ScenarioDef {
  return SCENARIOS[id];
}

export { ITEM_LABELS, CRITICAL_LABELS } from './sheet';

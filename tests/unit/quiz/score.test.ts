import { describe, expect, it } from 'vitest';
import { ARM, PICTURES, TORSO } from '../../../src/content/lessons/pictures';
import { pointInRegion } from '../../../src/core/quiz/geometry';
import { correctAnswer, isWellFormedAnswer, scoreAnswer } from '../../../src/core/quiz/score';
import type { Region } from '../../../src/core/quiz/types';
import { multiple, order, single, spot, trueFalse } from './fixtures';

describe('scoreAnswer', () => {
  it('single: only the keyed option', () => {
    expect(scoreAnswer(single, { type: 'single', choice: 2 })).toEqual({ credit: 1, correct: true });
    expect(scoreAnswer(single, { type: 'single', choice: 1 }).credit).toBe(0);
  });

  it('multiple: all-or-nothing, in any order', () => {
    expect(scoreAnswer(multiple, { type: 'multiple', choices: [2, 0] }).credit).toBe(1);
    expect(scoreAnswer(multiple, { type: 'multiple', choices: [0] }).credit).toBe(0);
    expect(scoreAnswer(multiple, { type: 'multiple', choices: [0, 1, 2] }).credit).toBe(0);
    expect(scoreAnswer(multiple, { type: 'multiple', choices: [0, 1, 2, 3] }).credit).toBe(0);
    expect(scoreAnswer(multiple, { type: 'multiple', choices: [] }).credit).toBe(0);
  });

  it('true/false', () => {
    expect(scoreAnswer(trueFalse, { type: 'trueFalse', value: false }).correct).toBe(true);
    expect(scoreAnswer(trueFalse, { type: 'trueFalse', value: true }).correct).toBe(false);
  });

  it('order: the whole sequence or nothing', () => {
    expect(scoreAnswer(order, { type: 'order', sequence: [0, 1, 2, 3] }).credit).toBe(1);
    expect(scoreAnswer(order, { type: 'order', sequence: [1, 0, 2, 3] }).credit).toBe(0);
    expect(scoreAnswer(order, { type: 'order', sequence: [0, 1, 2] }).credit).toBe(0);
  });

  it('spot: inside any region, edges included, never outside the picture', () => {
    expect(scoreAnswer(spot, { type: 'spot', point: { x: 0.25, y: 0.2 } }).credit).toBe(1);
    expect(scoreAnswer(spot, { type: 'spot', point: { x: 0.7, y: 0.7 } }).credit).toBe(1);
    expect(scoreAnswer(spot, { type: 'spot', point: { x: 0.5, y: 0.7 } }).credit).toBe(1);
    expect(scoreAnswer(spot, { type: 'spot', point: { x: 0.3, y: 0.2 } }).credit).toBe(1);
    expect(scoreAnswer(spot, { type: 'spot', point: { x: 0.45, y: 0.45 } }).credit).toBe(0);
    expect(scoreAnswer(spot, { type: 'spot', point: { x: Number.NaN, y: 0.7 } }).credit).toBe(0);
    expect(scoreAnswer(spot, { type: 'spot', point: { x: 1.5, y: 0.7 } }).credit).toBe(0);
  });

  it('no answer or an answer of another type scores 0', () => {
    expect(scoreAnswer(single, null).credit).toBe(0);
    expect(scoreAnswer(single, undefined).credit).toBe(0);
    expect(scoreAnswer(single, { type: 'trueFalse', value: true }).credit).toBe(0);
  });

  it('the keyed answer of each type scores 1', () => {
    for (const q of [single, multiple, trueFalse, order, spot]) expect(scoreAnswer(q, correctAnswer(q)).credit, q.id).toBe(1);
  });

  it('checks answer shape before storing', () => {
    expect(isWellFormedAnswer('single', 4, { type: 'single', choice: 4 })).toBe(false);
    expect(isWellFormedAnswer('single', 4, { type: 'single', choice: 1.5 })).toBe(false);
    expect(isWellFormedAnswer('multiple', 4, { type: 'multiple', choices: [1, 1] })).toBe(false);
    expect(isWellFormedAnswer('order', 3, { type: 'order', sequence: [0, 0, 1] })).toBe(false);
    expect(isWellFormedAnswer('order', 3, { type: 'order', sequence: [2, 0, 1] })).toBe(true);
    expect(isWellFormedAnswer('spot', 0, { type: 'spot', point: { x: 0.5, y: 2 } })).toBe(false);
    expect(isWellFormedAnswer('trueFalse', 0, { type: 'single', choice: 0 })).toBe(false);
  });
});

describe('picture targets match the anatomy they claim', () => {
  const inside = (regions: readonly Region[], x: number, y: number) => regions.some((r) => pointInRegion({ x, y }, r));
  const targets = (id: keyof typeof PICTURES, name: string) => PICTURES[id].targets[name] ?? [];

  it('CRC hands: on the nipple-line midpoint, not the xiphoid, upper sternum or navel', () => {
    const r = targets('chest-landmarks', 'handsCrc');
    const [l, rt] = TORSO.nipples;
    expect(inside(r, (l[0] + rt[0]) / 2, (l[1] + rt[1]) / 2)).toBe(true);
    expect(inside(r, ...TORSO.xiphoid)).toBe(false);
    expect(inside(r, 0.5, TORSO.sternumTop + 0.03)).toBe(false);
    expect(inside(r, l[0], l[1])).toBe(false);
  });

  it('centre-of-chest hands: lower half of the sternum only', () => {
    const r = targets('chest-landmarks', 'handsCentre');
    expect(inside(r, 0.5, 0.42)).toBe(true);
    expect(inside(r, 0.5, 0.25)).toBe(false);
    expect(inside(r, ...TORSO.xiphoid)).toBe(false);
  });

  it("AED pads: right pad on the viewer's left upper chest, left pad below the left armpit", () => {
    const right = targets('aed-pads-adult', 'padRight');
    const left = targets('aed-pads-adult', 'padLeft');
    expect(inside(right, 0.37, 0.3)).toBe(true);
    expect(inside(right, 0.63, 0.3)).toBe(false);
    expect(inside(left, 0.73, 0.5)).toBe(true);
    expect(inside(left, 0.27, 0.5)).toBe(false);
    expect(inside(left, ...TORSO.nipples[1])).toBe(false);
  });

  it('abdominal thrusts: just above the navel, well below the xiphoid', () => {
    const r = targets('abdomen-heimlich', 'fist');
    expect(inside(r, 0.5, 0.72)).toBe(true);
    expect(inside(r, ...TORSO.navel)).toBe(false);
    expect(inside(r, ...TORSO.xiphoid)).toBe(false);
  });

  it('tourniquet: 5–7 cm above the wound at the picture scale, clear of the elbow and the wound', () => {
    const r = targets('tourniquet-arm', 'tourniquet');
    const at = (cm: number) => ARM.woundX - cm / ARM.cmPerUnit;
    expect(inside(r, at(6), 0.5)).toBe(true);
    expect(inside(r, at(4.5), 0.5)).toBe(false);
    expect(inside(r, at(7.5), 0.5)).toBe(false);
    expect(inside(r, ARM.woundX, 0.5)).toBe(false);
    expect(inside(r, ARM.elbowX, 0.5)).toBe(false);
    expect(PICTURES['tourniquet-arm'].cmPerUnit).toBe(ARM.cmPerUnit);
  });

  it('infant back blows: between the shoulder blades', () => {
    const r = targets('infant-back-blows', 'heelOfHand');
    expect(inside(r, 0.5, 0.37)).toBe(true);
    expect(inside(r, 0.5, 0.15)).toBe(false);
    expect(inside(r, 0.5, 0.7)).toBe(false);
  });
});

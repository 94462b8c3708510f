import type { BodyPart } from '../../core/firstaid';

/**
 * The body parts drawn for first aid, in model millimetres (x from the distal end towards the
 * trunk, y across the front; see `src/core/firstaid/body.ts`). Sizes and joint zones are the
 * product's drawing of an adult, not clinical figures.
 */
export const ARM: BodyPart = {
  id: 'arm',
  length: 700,
  girth: 80,
  tips: { from: 0, to: 25 },
  joints: [
    { id: 'wrist', from: 170, to: 200 },
    { id: 'elbow', from: 430, to: 470 },
    { id: 'shoulder', from: 670, to: 700 },
  ],
  bony: [{ x: 185, y: -30, r: 10 }],
  // The palm faces the viewer: the inner (little-finger, medial) side is the bottom edge.
  innerEdge: 'bottom',
};

export const LEG: BodyPart = {
  id: 'leg',
  length: 900,
  girth: 110,
  tips: { from: 0, to: 30 },
  joints: [
    { id: 'ankle', from: 200, to: 240 },
    { id: 'knee', from: 640, to: 700 },
    { id: 'hip', from: 870, to: 900 },
  ],
  bony: [{ x: 220, y: 42, r: 12 }],
  innerEdge: 'top',
};

export const HEAD: BodyPart = {
  id: 'head',
  length: 220,
  girth: 160,
  tips: null,
  joints: [],
  bony: [],
  innerEdge: null,
};

export const PARTS = { arm: ARM, leg: LEG, head: HEAD } as const;

import type { SpriteMap } from '../../src/adapters/audio/prompts';

export interface SpriteClip {
  key: string;
  samples: number;
}

export interface SpriteLayout {
  map: SpriteMap;
  totalSamples: number;
}

/**
 * Places clips one after another, `leadSamples` of silence first and
 * `gapSamples` between clips, and returns the map in whole milliseconds.
 * The offset is floored and the end ceiled so rounding can only ever eat into
 * the silent gap, never clip speech.
 */
export function layoutSprite(
  clips: readonly SpriteClip[],
  sampleRate: number,
  leadSamples: number,
  gapSamples: number,
): SpriteLayout {
  if (!(sampleRate > 0)) throw new Error(`bad sample rate ${sampleRate}`);
  const map: SpriteMap = {};
  let cursor = leadSamples;
  clips.forEach((clip, i) => {
    if (clip.key in map) throw new Error(`duplicate sprite key ${clip.key}`);
    if (!(clip.samples > 0)) throw new Error(`empty clip ${clip.key}`);
    if (i > 0) cursor += gapSamples;
    const startMs = Math.floor((cursor * 1000) / sampleRate);
    const endMs = Math.ceil(((cursor + clip.samples) * 1000) / sampleRate);
    map[clip.key] = [startMs, endMs - startMs];
    cursor += clip.samples;
  });
  // Trailing gap so the last clip's ceiled end still lies inside the file.
  return { map, totalSamples: cursor + gapSamples };
}

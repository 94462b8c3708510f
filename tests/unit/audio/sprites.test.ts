import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSpriteMap } from '../../../src/adapters/audio/audio-service';
import {
  SFX_NAMES,
  SFX_SPRITE_FILE,
  VOICE_KEYS,
  VOICE_LANGUAGES,
  voiceSpriteFile,
  type SpriteMap,
} from '../../../src/adapters/audio/prompts';
import { COACH_KEYS, COACH_PINYIN, coachSpriteFile, spokenText } from '../../../src/adapters/audio/coachPrompts';
import { FEEDBACK_IDS, HINT_IDS } from '../../../src/core/scenario/keys';
import { LOCALES } from '../../../src/content/locales/all';
import { layoutSprite } from '../../../scripts/audio/sprite-layout';

const AUDIO_DIR = join(process.cwd(), 'assets/audio');

// Kept literal on purpose: the keys are a contract with content and UI code,
// so renaming one in prompts.ts must fail here too.
const REQUIRED_KEYS = [
  'cue.faster', 'cue.slower', 'cue.pushHarder', 'cue.tooDeep', 'cue.releaseFully', 'cue.handPosition',
  'cue.goodStreak', 'drill.start', 'drill.giveBreaths', 'drill.resume', 'drill.end', 'aed.applyPads',
  'aed.plugIn', 'aed.analysing', 'aed.shockAdvised', 'aed.pressShock', 'aed.shockDelivered', 'aed.noShock',
  'aed.checkPads', 'aed.shockNotDelivered',
];

function readMap(name: string): SpriteMap {
  const json: unknown = JSON.parse(readFileSync(join(AUDIO_DIR, `${name}.json`), 'utf8'));
  expect(isSpriteMap(json)).toBe(true);
  return json as SpriteMap;
}

/** Duration of an Ogg Vorbis file from its last granule position and the identification header. */
function oggDurationMs(file: string): number {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 4).toString('latin1')).toBe('OggS');
  const segments = buf.readUInt8(26);
  const packet = 27 + segments;
  expect(buf.subarray(packet, packet + 7).toString('latin1')).toBe('\x01vorbis');
  const channels = buf.readUInt8(packet + 11);
  const rate = buf.readUInt32LE(packet + 12);
  expect(channels).toBe(1);
  const lastPage = buf.lastIndexOf('OggS');
  const granule = Number(buf.readBigInt64LE(lastPage + 6));
  return (granule * 1000) / rate;
}

function expectSpriteFits(name: string, map: SpriteMap): void {
  const file = join(AUDIO_DIR, `${name}.ogg`);
  expect(existsSync(file)).toBe(true);
  expect(statSync(file).size).toBeLessThan(300 * 1024);
  const total = oggDurationMs(file);
  let previousEnd = 0;
  for (const [offset, duration] of Object.values(map)) {
    expect(Number.isInteger(offset) && Number.isInteger(duration)).toBe(true);
    expect(duration).toBeGreaterThan(0);
    // Clips must not overlap and must leave a silent gap between them.
    expect(offset).toBeGreaterThanOrEqual(previousEnd + (previousEnd === 0 ? 0 : 100));
    previousEnd = offset + duration;
  }
  expect(previousEnd).toBeLessThanOrEqual(total);
}

describe('voice sprites', () => {
  it('list exactly the required prompt keys', () => {
    expect([...VOICE_KEYS].sort()).toEqual([...REQUIRED_KEYS].sort());
  });

  for (const language of VOICE_LANGUAGES) {
    it(`${language}: has every key, and each clip lies inside the audio`, () => {
      const map = readMap(voiceSpriteFile(language));
      expect(Object.keys(map).sort()).toEqual([...REQUIRED_KEYS].sort());
      expectSpriteFits(voiceSpriteFile(language), map);
    });
  }

  it('both languages carry the same keys', () => {
    const [a, b] = VOICE_LANGUAGES.map((l) => Object.keys(readMap(voiceSpriteFile(l))).sort());
    expect(a).toEqual(b);
  });
});

describe('scenario coaching sprites (hints and feedback)', () => {
  type Tree = { [k: string]: string | Tree };
  const text = (lng: 'zh-CN' | 'en', key: string) =>
    key.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), LOCALES[lng] as Tree) as string;

  it('covers every hint and feedback key the engine emits', () => {
    const keys = [...HINT_IDS.map((id) => `scenario.hint.${id}`), ...FEEDBACK_IDS.map((id) => `scenario.feedback.${id}`)];
    expect(Object.keys(COACH_PINYIN).sort()).toEqual(keys.sort());
  });

  it('speaks each Chinese caption syllable for syllable (AED read as three syllables)', () => {
    for (const key of COACH_KEYS) {
      const zh = spokenText(text('zh-CN', key));
      const syllables = (COACH_PINYIN[key] as string).split(/[\s,]+/).filter(Boolean);
      expect(syllables.every((sy) => /^[a-z]+[1-5]$/.test(sy)), key).toBe(true);
      const han = [...zh.replace(/AED/g, '除颤仪')].filter((c) => /\p{Script=Han}/u.test(c)).length;
      expect(syllables.length, `${key}: ${zh}`).toBe(han);
    }
  });

  it('leaves out a bracketed value the sprite cannot know', () => {
    expect(spokenText('This profile expects another step first ({{expected}}).')).toBe('This profile expects another step first.');
    expect(spokenText('本协议要求先完成另一步（{{expected}}）。')).toBe('本协议要求先完成另一步。');
  });

  for (const language of VOICE_LANGUAGES) {
    it(`${language}: has every spoken key, inside the audio and the size budget`, () => {
      const map = readMap(coachSpriteFile(language));
      expect(Object.keys(map).sort()).toEqual([...COACH_KEYS].sort());
      expectSpriteFits(coachSpriteFile(language), map);
    });
  }
});

describe('sfx sprite', () => {
  it('has every UI sound, inside the audio', () => {
    const map = readMap(SFX_SPRITE_FILE);
    expect(Object.keys(map).sort()).toEqual([...SFX_NAMES].sort());
    expectSpriteFits(SFX_SPRITE_FILE, map);
  });
});

describe('layoutSprite', () => {
  it('places clips after a lead-in with gaps, rounding only into the silence', () => {
    const { map, totalSamples } = layoutSprite(
      [
        { key: 'a', samples: 1000 },
        { key: 'b', samples: 1500 },
      ],
      1000,
      50,
      300,
    );
    expect(map).toEqual({ a: [50, 1000], b: [1350, 1500] });
    expect(totalSamples).toBe(50 + 1000 + 300 + 1500 + 300);

    const odd = layoutSprite([{ key: 'x', samples: 7 }], 3, 1, 2).map.x;
    // Clip spans samples 1..8 of a 3 Hz file: 333.3 ms to 2666.7 ms.
    expect(odd).toEqual([333, 2667 - 333]);
  });

  it('rejects duplicate and empty clips', () => {
    expect(() => layoutSprite([{ key: 'a', samples: 1 }, { key: 'a', samples: 1 }], 1000, 0, 0)).toThrow(/duplicate/);
    expect(() => layoutSprite([{ key: 'a', samples: 0 }], 1000, 0, 0)).toThrow(/empty/);
  });
});

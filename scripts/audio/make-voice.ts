// Regenerates the voice-prompt sprites (one per language) and the UI-sound
// sprite in assets/audio/ from src/adapters/audio/prompts.ts. Offline: needs
// only espeak-ng and sox (with Ogg Vorbis support) on PATH.
//
//   node --import tsx scripts/audio/make-voice.ts
//
// Output is byte-for-byte repeatable (sox -R), so re-running it without
// changing a prompt leaves git clean.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SFX_NAMES,
  SFX_SPRITE_FILE,
  VOICE_KEYS,
  VOICE_PROMPTS,
  voiceSpriteFile,
  type SfxName,
  type VoiceLanguage,
} from '../../src/adapters/audio/prompts';
import { COACH_KEYS, COACH_PINYIN, coachSpriteFile, spokenText, type CoachKey } from '../../src/adapters/audio/coachPrompts';
import { layoutSprite, type SpriteClip } from './sprite-layout';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'assets/audio');

// espeak-ng renders at 22.05 kHz; keeping it avoids a resample and keeps the
// fricatives (s/sh/x) that carry intelligibility on a phone speaker.
const RATE = 22050;
const LEAD_SEC = 0.05;
const VOICE_GAP_SEC = 0.35;
const SFX_GAP_SEC = 0.15;
// Vorbis quality 0 is ~30 kbit/s here: plenty for synthetic speech, and keeps
// each language's sprite far below the 300 kB budget.
const VOICE_QUALITY = '0';
const SFX_QUALITY = '2';
// The scenario's hints and feedback are many and long: quality -1 (~24 kbit/s here) keeps each
// language's coaching sprite within the same budget; still clear for synthetic speech.
const COACH_QUALITY = '-1';
const MAX_BYTES = 300 * 1024;

interface VoiceSpec {
  espeakVoice: string;
  speedWpm: number;
  text: (key: (typeof VOICE_KEYS)[number]) => string;
}

const VOICES: Record<VoiceLanguage, VoiceSpec> = {
  // Pinyin, not hanzi: see the note on VoicePrompt.pinyin.
  'zh-CN': { espeakVoice: 'cmn-latn-pinyin', speedWpm: 150, text: (k) => VOICE_PROMPTS[k].pinyin },
  en: { espeakVoice: 'en-us', speedWpm: 155, text: (k) => VOICE_PROMPTS[k].en },
};

// sox synth effect chains; each ends up as one clip of the sfx sprite.
const SFX: Record<SfxName, string[][]> = {
  click: [['synth', '0.025', 'sine', '1800', 'fade', 'q', '0.001', '0.025', '0.02']],
  good: [
    ['synth', '0.12', 'pluck', 'E6', 'fade', 'q', '0.002', '0.12', '0.03'],
    ['synth', '0.45', 'pluck', 'B6', 'fade', 'q', '0.002', '0.45', '0.3'],
  ],
  warning: [
    ['synth', '0.16', 'square', '880', 'lowpass', '2500', 'fade', 'q', '0.005', '0.16', '0.02'],
    ['synth', '0.16', 'square', '660', 'lowpass', '2500', 'fade', 'q', '0.005', '0.16', '0.02'],
    ['synth', '0.16', 'square', '880', 'lowpass', '2500', 'fade', 'q', '0.005', '0.16', '0.02'],
    ['synth', '0.16', 'square', '660', 'lowpass', '2500', 'fade', 'q', '0.005', '0.16', '0.02'],
  ],
  // Capacitor-charge whine rising, then the "ready" double beep of a trainer AED.
  shock: [
    ['synth', '0.9', 'sine', '400/1600', 'fade', 'q', '0.02', '0.9', '0.02'],
    ['synth', '0.08', 'sine', '1600', 'gain', '-60'],
    ['synth', '0.12', 'sine', '1600', 'fade', 'q', '0.005', '0.12', '0.01'],
    ['synth', '0.06', 'sine', '1600', 'gain', '-60'],
    ['synth', '0.12', 'sine', '1600', 'fade', 'q', '0.005', '0.12', '0.01'],
  ],
  // Same pitch and length as the Web Audio metronome tick, so both sound alike.
  tick: [['synth', '0.03', 'sine', '1000', 'fade', 'q', '0.002', '0.03', '0.028']],
  // The AED trainer: a slow rising charge whine (the device charges for 3 s), then a steady
  // two-tone "armed" chirp repeated while the shock button waits.
  aedCharging: [['synth', '2.6', 'sine', '300/1500', 'gain', '-4', 'fade', 'q', '0.05', '2.6', '0.08']],
  aedShockReady: [
    ['synth', '0.14', 'sine', '1400', 'fade', 'q', '0.005', '0.14', '0.01'],
    ['synth', '0.06', 'sine', '1400', 'gain', '-60'],
    ['synth', '0.14', 'sine', '1900', 'fade', 'q', '0.005', '0.14', '0.01'],
    ['synth', '0.12', 'sine', '1400', 'gain', '-60'],
    ['synth', '0.14', 'sine', '1400', 'fade', 'q', '0.005', '0.14', '0.01'],
    ['synth', '0.06', 'sine', '1400', 'gain', '-60'],
    ['synth', '0.14', 'sine', '1900', 'fade', 'q', '0.005', '0.14', '0.01'],
  ],
};

const SFX_PEAK_DB: Record<SfxName, string> = {
  click: '-8',
  good: '-3',
  warning: '-3',
  shock: '-3',
  tick: '-3',
  aedCharging: '-4',
  aedShockReady: '-3',
};

const PCM = ['-r', String(RATE), '-c', '1', '-b', '16'];

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')}\n${e.stderr ?? e.message}`);
  }
}

function requireTools(): void {
  for (const tool of ['espeak-ng', 'sox', 'soxi']) {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
    } catch {
      // soxi has no --version and exits non-zero; only a missing binary matters.
      try {
        execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      } catch {
        throw new Error(`${tool} not found. On Debian/Ubuntu: apt-get install -y espeak-ng sox libsox-fmt-all`);
      }
    }
  }
  if (!/\bvorbis\b/.test(run('sox', ['-h']))) {
    throw new Error('this sox cannot write Ogg Vorbis. On Debian/Ubuntu: apt-get install -y libsox-fmt-all');
  }
}

function samples(file: string): number {
  return Number.parseInt(run('soxi', ['-s', file]).trim(), 10);
}

function silence(file: string, seconds: number): void {
  run('sox', ['-R', '-n', ...PCM, file, 'trim', '0', String(seconds)]);
}

/** Fails if espeak-ng would switch language mid-prompt, i.e. read something as English. */
function assertNoLanguageSwitch(voice: string, text: string, key: string): void {
  const phonemes = run('espeak-ng', ['-q', '-x', '-v', voice, text]);
  if (/\([a-z-]+\)/i.test(phonemes)) {
    throw new Error(`espeak-ng ${voice} switches language in ${key} ("${text}"): ${phonemes.trim()}`);
  }
}

function encodeSprite(
  name: string,
  clips: { key: string; file: string }[],
  gapSec: number,
  quality: string,
  work: string,
): void {
  const lead = join(work, 'lead.wav');
  const gap = join(work, 'gap.wav');
  silence(lead, LEAD_SEC);
  silence(gap, gapSec);
  const measured: SpriteClip[] = clips.map((c) => ({ key: c.key, samples: samples(c.file) }));
  const { map, totalSamples } = layoutSprite(measured, RATE, samples(lead), samples(gap));

  const inputs = [lead];
  clips.forEach((c, i) => {
    if (i > 0) inputs.push(gap);
    inputs.push(c.file);
  });
  inputs.push(gap);
  const wav = join(work, `${name}.wav`);
  run('sox', ['-R', ...inputs, wav]);
  if (samples(wav) !== totalSamples) {
    throw new Error(`${name}: concatenated ${samples(wav)} samples, layout expected ${totalSamples}`);
  }

  const ogg = join(OUT_DIR, `${name}.ogg`);
  run('sox', ['-R', wav, '-C', quality, ogg]);
  const bytes = statSync(ogg).size;
  if (bytes > MAX_BYTES) throw new Error(`${name}.ogg is ${bytes} bytes, over the ${MAX_BYTES} budget`);
  writeFileSync(join(OUT_DIR, `${name}.json`), formatSpriteMap(map));
  const seconds = (totalSamples / RATE).toFixed(2);
  console.log(`${name}.ogg  ${(bytes / 1024).toFixed(1)} kB  ${seconds} s  ${clips.length} clips`);
}

/** One clip per line: readable diffs when a single prompt changes. */
function formatSpriteMap(map: Record<string, [number, number]>): string {
  const lines = Object.entries(map).map(([k, [offset, duration]]) => `  ${JSON.stringify(k)}: [${offset}, ${duration}]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** One spoken clip, trimmed, faded and normalised, as a WAV in `work`. */
function speak(language: VoiceLanguage, key: string, text: string, file: string, work: string, speedWpm = VOICES[language].speedWpm): { key: string; file: string } {
  const spec = VOICES[language];
  assertNoLanguageSwitch(spec.espeakVoice, text, key);
  const raw = join(work, `${file}-raw.wav`);
  const clip = join(work, `${file}.wav`);
  run('espeak-ng', ['-v', spec.espeakVoice, '-s', String(speedWpm), '-w', raw, text]);
  // Trim espeak's leading/trailing silence so the sprite offsets are where
  // speech starts, bring every prompt to the same peak, and fade the edges
  // so a cut-off prompt does not click.
  run('sox', [
    '-R', raw, ...PCM, clip,
    'silence', '1', '0.01', '-50d',
    // The length is unknown after `silence`, so the tail fade is a fade-in
    // applied while the clip is reversed.
    'reverse', 'silence', '1', '0.01', '-50d', 'fade', 't', '0.02',
    'reverse', 'fade', 't', '0.005',
    // -2 dB rather than -1: Vorbis overshoots peaks slightly on decode.
    'norm', '-2',
  ]);
  return { key, file: clip };
}

function makeVoice(language: VoiceLanguage, work: string): void {
  const clips = VOICE_KEYS.map((key, i) => speak(language, key, VOICES[language].text(key), `${language}-${i}`, work));
  encodeSprite(voiceSpriteFile(language), clips, VOICE_GAP_SEC, VOICE_QUALITY, work);
}

/** A string from a locale file by its dotted key. */
function localeText(language: VoiceLanguage, key: string): string {
  const tree: unknown = JSON.parse(readFileSync(join(ROOT, `src/content/locales/scenario.${language}.json`), 'utf8'));
  const value = key.split('.').reduce<unknown>((t, part) => (t !== null && typeof t === 'object' ? (t as Record<string, unknown>)[part] : undefined), tree);
  if (typeof value !== 'string') throw new Error(`no ${language} text for ${key}`);
  return value;
}

/** The scenario's hints and feedback: English from the locale file, Mandarin from its pinyin. */
function makeCoach(language: VoiceLanguage, work: string): void {
  const text = (key: CoachKey) => (language === 'en' ? spokenText(localeText('en', key)) : (COACH_PINYIN[key] as string));
  // A little quicker than the device's prompts: coaching is conversational, and it keeps the sprite in budget.
  const clips = COACH_KEYS.map((key, i) => speak(language, key, text(key), `coach-${language}-${i}`, work, VOICES[language].speedWpm + 15));
  encodeSprite(coachSpriteFile(language), clips, VOICE_GAP_SEC, COACH_QUALITY, work);
}

function makeSfx(work: string): void {
  const clips = SFX_NAMES.map((name) => {
    const parts = (SFX[name]).map((effects, i) => {
      const part = join(work, `sfx-${name}-${i}.wav`);
      run('sox', ['-R', '-n', ...PCM, part, ...effects]);
      return part;
    });
    const clip = join(work, `sfx-${name}.wav`);
    run('sox', ['-R', ...parts, clip, 'norm', SFX_PEAK_DB[name]]);
    return { key: name, file: clip };
  });
  encodeSprite(SFX_SPRITE_FILE, clips, SFX_GAP_SEC, SFX_QUALITY, work);
}

function main(): void {
  requireTools();
  mkdirSync(OUT_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'rescuedrill-audio-'));
  try {
    makeVoice('zh-CN', work);
    makeVoice('en', work);
    makeCoach('zh-CN', work);
    makeCoach('en', work);
    makeSfx(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();

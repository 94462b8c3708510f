/** Colours for drawn views; the high-contrast set mirrors the DOM's CSS variables. */
export interface Palette {
  skin: number;
  outline: number;
  chest: number;
  zone: number;
  ok: number;
  warn: number;
  track: number;
  marker: number;
}

export const NORMAL: Palette = {
  skin: 0xf6dcc4,
  outline: 0x7a5a44,
  chest: 0xefc9a6,
  zone: 0x1b6e2a,
  ok: 0x2e7d32,
  warn: 0xb26a00,
  track: 0xdddddd,
  marker: 0x1a1a1a,
};

export const HIGH_CONTRAST: Palette = {
  skin: 0x333333,
  outline: 0xffffff,
  chest: 0x555555,
  zone: 0x7cff8a,
  ok: 0x7cff8a,
  warn: 0xffd54f,
  track: 0x222222,
  marker: 0xffffff,
};

/** Colours of the AED trainer and the patient's surroundings; the high-contrast set keeps shapes apart. */
export interface AedPalette {
  body: number;
  trim: number;
  lid: number;
  screen: number;
  screenText: string;
  power: number;
  powerOn: number;
  shockIdle: number;
  shockLit: number;
  shockDim: number;
  ring: number;
  tray: number;
  pad: number;
  padEdge: number;
  padDot: number;
  cable: number;
  shirt: number;
  shirtEdge: number;
  water: number;
  hair: number;
  patch: number;
  implant: number;
  zone: number;
  sleeve: number;
  hand: number;
  label: string;
  labelOnBody: string;
}

export const AED_NORMAL: AedPalette = {
  body: 0x2f7d5b,
  trim: 0x1d4d38,
  lid: 0x25634a,
  screen: 0x10201a,
  screenText: '#b9f6ca',
  power: 0xe8f5e9,
  powerOn: 0x66bb6a,
  shockIdle: 0x9e7a55,
  shockLit: 0xff8f00,
  shockDim: 0xb26a00,
  ring: 0xffd54f,
  tray: 0xdfe9e4,
  pad: 0xffffff,
  padEdge: 0x555555,
  padDot: 0xb71c1c,
  cable: 0x333333,
  shirt: 0x5c7fa8,
  shirtEdge: 0x3d5878,
  water: 0x64b5f6,
  hair: 0x4e342e,
  patch: 0xe6d5c3,
  implant: 0xd9a98a,
  zone: 0x1b6e2a,
  sleeve: 0xc62828,
  hand: 0xf2c9a0,
  label: '#1a1a1a',
  labelOnBody: '#ffffff',
};

export const AED_HIGH_CONTRAST: AedPalette = {
  body: 0x000000,
  trim: 0xffffff,
  lid: 0x222222,
  screen: 0x000000,
  screenText: '#ffffff',
  power: 0xffffff,
  powerOn: 0x7cff8a,
  shockIdle: 0x555555,
  shockLit: 0xffeb3b,
  shockDim: 0x8a7a00,
  ring: 0x00e5ff,
  tray: 0x222222,
  pad: 0xffffff,
  padEdge: 0x00e5ff,
  padDot: 0xff1744,
  cable: 0xffffff,
  shirt: 0x1565c0,
  shirtEdge: 0xffffff,
  water: 0x00e5ff,
  hair: 0xffffff,
  patch: 0xffeb3b,
  implant: 0xff8a80,
  zone: 0x7cff8a,
  sleeve: 0xff8a80,
  hand: 0xffffff,
  label: '#ffffff',
  labelOnBody: '#ffffff',
};

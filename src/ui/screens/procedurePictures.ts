import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit-html';
import type { ProcedureDef } from '../../core/firstaid';
import './procedurePictures.css';

/**
 * A drawn picture for every ordered procedure (`src/content/firstaid/procedures.ts`): one base
 * drawing of the casualty and one layer per step, or per choice where the choice changes what is
 * drawn (the knot on the wound, the short splint). The demonstration shows every step in the taught
 * order with its right choice, the layers appearing one after the other; under the step cards the
 * same picture shows what the learner has done, with the placement they chose.
 *
 * Only what clinical.md states is drawn as a rule: the dressing over the wound and beyond, the knot
 * off the wound and not on the inner side of a limb, the forearm above elbow level in a sling,
 * fingertips left visible, circulation (and movement and sensation) checked before and after, a
 * splint crossing the joints above and below, padded bony points, the open wound covered, moving a
 * suspected spinal injury only in danger and then as one line. Where a knot, tie or helper has to be
 * drawn somewhere, that place is the drawing's, not a rule. The pictures are decorative: the step
 * texts around them carry the meaning.
 */

/** A step shown in the picture, with the choice made; an entry may also name a hazard taken. */
export interface PictureStep {
  step: string;
  choice?: string;
}

export interface PictureView {
  shown: readonly PictureStep[];
  /** The demonstration: each layer appears in turn, 0.8 s apart. */
  animate: boolean;
  reduced: boolean;
  /** Practice: wrong placements and hazards are outlined in the "bad" colour. */
  judged: boolean;
  t: (key: string) => string;
}

/** Which choice each shown step has ('' when the step has none). */
type Chosen = Readonly<Record<string, string>>;
type Art = SVGTemplateResult | ((c: Chosen) => SVGTemplateResult);
type Note = 'inner' | 'elbow';

export interface Picture {
  viewBox: string;
  base: SVGTemplateResult;
  /** Parts of the base that a step's layer replaces (the arm hanging until it is raised). */
  until?: Readonly<Record<string, SVGTemplateResult>>;
  /** One layer per step id (and per hazard id); by choice id where the choice changes the picture. */
  layers: Readonly<Record<string, Art | { choices: Readonly<Record<string, Art>> }>>;
  /** Steps that are a check rather than a change to the casualty: in the demonstration they show briefly. */
  marks?: readonly string[];
  notes?: readonly Note[];
}

const STEP_DELAY_S = 0.8;

type Pt = readonly [number, number];
const r1 = (n: number) => Math.round(n * 10) / 10;
const pts = (p: readonly Pt[]) => p.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ');

/** A limb as a thick rounded line with an outline. */
const limb = (p: readonly Pt[], w: number, cloth = false) =>
  svg`<polyline class="fa-pic-edge" points=${pts(p)} stroke-width=${w + 4} /><polyline class=${cloth ? 'fa-pic-limb cloth' : 'fa-pic-limb'} points=${pts(p)} stroke-width=${w} />`;
/** A knot: its two ends either side of it. */
const knot = ([x, y]: Pt) =>
  svg`<g class="fa-knot fa-pic-knot"><ellipse class="fa-pic-end" cx=${x - 10} cy=${y + 3} rx="8" ry="4.5" transform=${`rotate(25 ${x - 10} ${y + 3})`} /><ellipse class="fa-pic-end" cx=${x + 10} cy=${y + 3} rx="8" ry="4.5" transform=${`rotate(-25 ${x + 10} ${y + 3})`} /><circle cx=${x} cy=${y} r="7" /><line x1=${x - 4} x2=${x + 4} y1=${y} y2=${y} /></g>`;
const wound = (x: number, y: number, w: number, h: number) => svg`<rect class="fa-wound" x=${x} y=${y} width=${w} height=${h} rx="4" />`;
const dressing = (x: number, y: number, w: number, h: number) => svg`<rect class="fa-dressing" x=${x} y=${y} width=${w} height=${h} rx="3" />`;
/** A check of circulation (and movement and sensation): a ring round the fingertips or toes. */
const check = ([x, y]: Pt, rx: number, ry = rx) => svg`<ellipse class="fa-pic-check" cx=${x} cy=${y} rx=${rx} ry=${ry} />`;
/** The check again afterwards: a ring with a tick. */
const checkAgain = ([x, y]: Pt, rx: number, ry = rx) =>
  svg`<ellipse class="fa-pic-check again" cx=${x} cy=${y} rx=${rx + 6} ry=${ry + 6} /><path class="fa-pic-tick" d=${`M${x + rx - 2},${y - ry - 4} l6,7 l12,-15`} />`;
const arrow = (d: string, head: Pt, angle: number) =>
  svg`<g class="fa-pic-arrow"><path d=${d} /><polygon points="0,-8 16,0 0,8" transform=${`translate(${head[0]} ${head[1]}) rotate(${angle})`} /></g>`;
/** "Keep still, where they are": a dashed outline round the casualty and a pause sign. */
const stayMark = (x: number, y: number, w: number, h: number, sign: Pt) =>
  svg`<rect class="fa-pic-stay" x=${x} y=${y} width=${w} height=${h} rx="18" /><g class="fa-pic-sign"><circle cx=${sign[0]} cy=${sign[1]} r="17" /><rect x=${sign[0] - 8} y=${sign[1] - 9} width="5" height="18" /><rect x=${sign[0] + 3} y=${sign[1] - 9} width="5" height="18" /></g>`;
const hand = ([x, y]: Pt) => svg`<circle class="fa-pic-hand" cx=${x} cy=${y} r="7" />`;
/** A helper seen from above, kneeling to the left of the casualty's head or below the casualty. */
const helper = ([hx, hy]: Pt, hands: readonly [Pt, Pt], at: 'head' | 'side') => {
  const shoulders: readonly [Pt, Pt] = at === 'side' ? [[hx - 18, hy - 6], [hx + 18, hy - 6]] : [[hx + 6, hy - 18], [hx + 6, hy + 18]];
  return svg`<g class="fa-pic-helper">
    ${([[shoulders[0], hands[0]], [shoulders[1], hands[1]]] as const).map(([[x1, y1], [x2, y2]]) => svg`<line class="fa-pic-arm" x1=${x1} y1=${y1} x2=${x2} y2=${y2} />`)}
    <ellipse class="fa-pic-helper-body" cx=${at === 'side' ? hx : hx + 6} cy=${at === 'side' ? hy - 6 : hy} rx=${at === 'side' ? 22 : 9} ry=${at === 'side' ? 9 : 22} />
    <circle class="fa-pic-helper-head" cx=${hx} cy=${hy} r="11" />
    ${hands.map(hand)}
  </g>`;
};

// ---------------------------------------------------------------- triangular bandages

const triHead: Picture = {
  viewBox: '0 0 320 250',
  base: svg`
    <rect class="fa-skin" x="138" y="160" width="44" height="44" />
    <path class="fa-pic-cloth" d="M30,252 C34,214 70,200 118,196 L202,196 C250,200 286,214 290,252 Z" />
    <ellipse class="fa-skin" cx="98" cy="116" rx="8" ry="15" />
    <ellipse class="fa-skin" cx="222" cy="116" rx="8" ry="15" />
    <ellipse class="fa-skin" cx="160" cy="108" rx="62" ry="78" />
    <circle class="fa-pic-feature" cx="138" cy="124" r="4" />
    <circle class="fa-pic-feature" cx="182" cy="124" r="4" />
    <path class="fa-pic-line" d="M146,158 Q160,166 174,158" />
    ${wound(170, 64, 20, 10)}`,
  layers: {
    dressing: { choices: { beyond: dressing(158, 54, 44, 30), part: dressing(175, 59, 10, 20) } },
    place: svg`<path class="fa-band" d="M94,106 C90,40 124,20 160,20 C196,20 230,40 226,106 Q160,94 94,106 Z" />
      <path class="fa-pic-hem" d="M94,106 Q160,94 226,106" />`,
    knot: { choices: { off: knot([116, 101]), wound: knot([180, 68]) } },
  },
};

/** Head, trunk and arms from the front; the casualty's right arm is on the left of the picture. */
const TORSO = svg`
  <circle class="fa-skin" cx="170" cy="38" r="28" />
  <rect class="fa-skin" x="158" y="60" width="24" height="24" />
  <rect class="fa-skin" x="118" y="76" width="104" height="200" rx="26" />
  ${limb([[228, 94], [244, 182], [248, 254]], 26)}
  <ellipse class="fa-skin" cx="249" cy="270" rx="12" ry="17" />
  ${limb([[112, 94], [96, 182], [92, 254]], 26)}
  <ellipse class="fa-skin" cx="91" cy="270" rx="12" ry="17" />`;

const SHOULDER_TIPS: Pt = [91, 282];
const triShoulder: Picture = {
  viewBox: '0 0 320 304',
  base: svg`${TORSO}
    <line class="fa-inner" x1="117" y1="128" x2="108" y2="184" />
    ${wound(98, 86, 18, 10)}`,
  layers: {
    circulationBefore: check(SHOULDER_TIPS, 20),
    dressing: { choices: { beyond: dressing(88, 76, 34, 30), part: dressing(103, 82, 8, 18) } },
    place: svg`<polygon class="fa-band" points="136,78 98,70 80,96 84,150 118,150 126,100" />
      <polygon class="fa-band fa-pic-strip" points="82,142 120,142 118,160 80,160" />`,
    knot: { choices: { off: knot([80, 150]), inner: knot([119, 150]), wound: knot([107, 90]) } },
    circulationAfter: checkAgain(SHOULDER_TIPS, 20),
  },
  marks: ['circulationBefore', 'circulationAfter'],
  notes: ['inner'],
};

const triChest: Picture = {
  viewBox: '0 0 320 300',
  base: svg`${TORSO}
    ${wound(138, 118, 22, 10)}`,
  layers: {
    dressing: { choices: { beyond: dressing(128, 106, 42, 34), part: dressing(144, 112, 10, 22) } },
    place: svg`<polygon class="fa-band" points="122,78 168,78 222,186 118,186" />
      <rect class="fa-band fa-pic-strip" x="116" y="180" width="108" height="16" />`,
    knot: { choices: { off: knot([206, 186]), wound: knot([149, 122]) } },
  },
};

const HAND_TIPS: Pt = [160, 54];
const triHand: Picture = {
  viewBox: '0 0 320 270',
  base: svg`
    <rect class="fa-skin" x="136" y="180" width="48" height="100" />
    ${limb([[124, 160], [100, 120]], 18)}
    <rect class="fa-skin" x="124" y="50" width="16" height="70" rx="8" />
    <rect class="fa-skin" x="142" y="38" width="16" height="82" rx="8" />
    <rect class="fa-skin" x="160" y="44" width="16" height="76" rx="8" />
    <rect class="fa-skin" x="178" y="60" width="16" height="60" rx="8" />
    <rect class="fa-skin" x="120" y="100" width="78" height="96" rx="22" />
    <line class="fa-inner" x1="181" y1="214" x2="181" y2="270" />
    ${wound(150, 138, 22, 12)}`,
  layers: {
    circulationBefore: check(HAND_TIPS, 46, 24),
    dressing: { choices: { beyond: dressing(138, 126, 46, 36), part: dressing(155, 130, 12, 28) } },
    place: svg`<polygon class="fa-band" points="114,96 206,96 200,200 120,200" />
      <rect class="fa-band fa-pic-strip" x="130" y="194" width="60" height="18" />`,
    knot: { choices: { off: knot([131, 203]), inner: knot([188, 203]), wound: knot([161, 144]) } },
    circulationAfter: checkAgain(HAND_TIPS, 46, 24),
  },
  marks: ['circulationBefore', 'circulationAfter'],
  notes: ['inner'],
};

// ---------------------------------------------------------------- slings

const ELBOW: Pt = [215, 160];
const WRIST = { hang: [220, 232], above: [103, 132], below: [106, 204] } as const satisfies Record<string, Pt>;
type ArmPos = keyof typeof WRIST;
const NECK_L: Pt = [122, 36];
const NECK_R: Pt = [168, 36];

/** Points along the forearm from the elbow (`along`), `below` across it towards its lower side. */
function forearm(pos: ArmPos) {
  const [ex, ey] = ELBOW;
  const [wx, wy] = WRIST[pos];
  const len = Math.hypot(wx - ex, wy - ey);
  const dx = (wx - ex) / len;
  const dy = (wy - ey) / len;
  const sign = pos === 'hang' ? -1 : 1;
  const at = (along: number, below = 0): Pt => [ex + dx * along - sign * dy * below, ey + dy * along + sign * dx * below];
  const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  return { len, at, angle };
}

/** The arm's position in the picture: hanging until the forearm step is drawn. */
const armPos = (c: Chosen): ArmPos => (c.forearm === 'above' || c.forearm === 'below' ? c.forearm : 'hang');
const tipsOf = (c: Chosen): Pt => {
  const f = forearm(armPos(c));
  return f.at(f.len + 24);
};

function drawForearm(pos: ArmPos): SVGTemplateResult {
  const f = forearm(pos);
  const [hx, hy] = f.at(f.len + 12);
  return svg`${limb([ELBOW, f.at(f.len)], 24)}<ellipse class="fa-skin" cx=${r1(hx)} cy=${r1(hy)} rx="16" ry="11" transform=${`rotate(${r1(f.angle)} ${r1(hx)} ${r1(hy)})`} />`;
}

function slingPicture(large: boolean): Picture {
  // The bandage follows the forearm as it is: under a hanging arm when it was put on before the arm was raised.
  const band = (c: Chosen) => {
    const f = forearm(armPos(c));
    const L = f.len;
    const [from, to] = large ? [-16, L + 6] : [L - 42, L + 4];
    const ends: [Pt, Pt] = [f.at(to - 4, 6), f.at(from + 4, 8)];
    return svg`<line class="fa-strap-line" x1=${r1(ends[0][0])} y1=${r1(ends[0][1])} x2=${NECK_L[0]} y2=${NECK_L[1]} />
      <line class="fa-strap-line" x1=${r1(ends[1][0])} y1=${r1(ends[1][1])} x2=${NECK_R[0]} y2=${NECK_R[1]} />
      <polygon class="fa-band" points=${pts([f.at(from, -6), f.at(to, -6), f.at(to - 2, 22), f.at(from + 4, large ? 30 : 22)])} />`;
  };
  return {
    viewBox: '0 -30 320 310',
    base: svg`
      <rect x="70" y="30" width="150" height="210" rx="40" class="fa-skin" />
      <circle cx="145" cy="4" r="26" class="fa-skin" />
      <line x1="30" y1=${ELBOW[1]} x2="300" y2=${ELBOW[1]} class="fa-joint-line fa-pic-level" />
      ${limb([[200, 52], ELBOW], 26)}`,
    until: { forearm: drawForearm('hang') },
    layers: {
      circulationBefore: (c) => check(tipsOf(c), 20),
      forearm: { choices: { above: drawForearm('above'), below: drawForearm('below') } },
      support: band,
      knot: {
        choices: {
          off: knot([NECK_R[0] + 6, NECK_R[1] + 6]),
          wound: (c) => {
            const f = forearm(armPos(c));
            return knot(f.at(f.len / 2));
          },
        },
      },
      tips: {
        choices: {
          visible: (c) => {
            const f = forearm(armPos(c));
            const [x, y] = f.at(f.len + 20);
            return svg`<ellipse class="fa-tips" cx=${r1(x)} cy=${r1(y)} rx="8" ry="9" />`;
          },
          covered: (c) => {
            const f = forearm(armPos(c));
            return svg`<polygon class="fa-band" points=${pts([f.at(f.len - 4, -14), f.at(f.len + 32, -14), f.at(f.len + 32, 14), f.at(f.len - 4, 16)])} />`;
          },
        },
      },
      circulationAfter: (c) => checkAgain(tipsOf(c), 20),
    },
    marks: ['circulationBefore', 'circulationAfter'],
    notes: ['elbow'],
  };
}

// ---------------------------------------------------------------- splints

/** Ties round the limb and the splint, either side of the break, within the splint's length. */
const ties = (xs: readonly number[], y0: number, y1: number) => svg`${xs.map((x) => svg`<rect class="fa-band fa-pic-tie" x=${x - 6} y=${y0} width="12" height=${y1 - y0} rx="3" />`)}`;
const splintBoard = (x0: number, x1: number, y: number) => svg`<rect class="fa-pic-splint" x=${x0} y=${y} width=${x1 - x0} height="16" rx="4" />`;
const pad = ([x, y]: Pt) => svg`<ellipse class="fa-pic-pad" cx=${x} cy=${y} rx="14" ry="7" />`;

const FOREARM_TIPS: Pt = [24, 100];
const forearmSplint: Picture = {
  viewBox: '-6 44 322 112',
  base: svg`
    <rect class="fa-skin" x="60" y="78" width="270" height="44" rx="22" />
    <rect class="fa-joint" x="96" y="78" width="12" height="44" />
    <rect class="fa-joint" x="234" y="78" width="20" height="44" />
    <path class="fa-pic-swelling" d="M140,78 Q165,66 190,78" />
    <path class="fa-pic-break" d="M160,82 L168,93 L160,105 L168,117" />
    <ellipse class="fa-skin" cx="62" cy="72" rx="16" ry="7" transform="rotate(-35 62 72)" />
    <rect class="fa-skin" x="14" y="80" width="36" height="9" rx="4.5" />
    <rect class="fa-skin" x="10" y="91" width="40" height="9" rx="4.5" />
    <rect class="fa-skin" x="12" y="102" width="38" height="9" rx="4.5" />
    <rect class="fa-skin" x="18" y="113" width="32" height="9" rx="4.5" />
    <rect class="fa-skin" x="38" y="76" width="60" height="48" rx="16" />`,
  layers: {
    cmsBefore: check(FOREARM_TIPS, 22, 30),
    splint: { choices: { long: splintBoard(20, 300, 124), short: splintBoard(124, 206, 124) } },
    pad: svg`${pad([102, 124])}${pad([244, 124])}`,
    tie: (c) => ties(c.splint === 'short' ? [136, 194] : [124, 212, 280], 72, 144),
    cmsAfter: checkAgain(FOREARM_TIPS, 22, 30),
  },
  marks: ['cmsBefore', 'cmsAfter'],
};

const TOES: Pt = [60, 40];
const lowerLeg: Picture = {
  viewBox: '0 -6 362 168',
  base: svg`
    <path class="fa-skin" d="M70,96 L180,88 Q210,86 240,90 L362,78 L362,140 L240,134 Q210,136 180,134 L70,128 Z" />
    <rect class="fa-joint" x="72" y="94" width="18" height="34" />
    <rect class="fa-joint" x="232" y="90" width="20" height="44" />
    <path class="fa-skin" d="M84,96 L74,42 Q70,26 58,28 Q46,30 46,44 L44,100 Q42,124 56,130 L84,128 Z" />
    <polygon class="fa-pic-bone" points="153,92 160,74 168,92" />
    <ellipse class="fa-wound" cx="160" cy="92" rx="18" ry="7" />`,
  layers: {
    cmsBefore: check(TOES, 24),
    cover: svg`<path class="fa-dressing" d="M130,104 L130,86 Q132,64 160,62 Q188,64 190,86 L190,104 Z" />`,
    splint: { choices: { long: splintBoard(34, 322, 136), short: splintBoard(100, 222, 136) } },
    pad: svg`${pad([81, 134])}${pad([242, 138])}`,
    tie: (c) => ties(c.splint === 'short' ? [112, 208] : [112, 210, 290], 82, 156),
    cmsAfter: checkAgain(TOES, 24),
    straighten: svg`${hand([40, 84])}${hand([48, 110])}${arrow('M36,96 H6', [4, 96], 180)}`,
  },
  marks: ['cmsBefore', 'cmsAfter'],
};

// ---------------------------------------------------------------- moving

const spineStay: Picture = {
  viewBox: '0 0 340 200',
  base: svg`
    <line class="fa-pic-ground" x1="0" y1="192" x2="340" y2="192" />
    <g class="fa-pic-scaffold"><path d="M286,192 V16 M326,192 V16 M280,70 H332 M280,130 H332 M286,130 L326,70 M286,192 L326,130" /></g>
    ${limb([[172, 178], [262, 180]], 18, true)}
    <rect class="fa-pic-cloth dark" x="258" y="158" width="12" height="28" rx="4" />
    <rect class="fa-pic-cloth" x="70" y="162" width="104" height="28" rx="12" />
    ${limb([[88, 172], [150, 174]], 10)}
    <circle class="fa-skin" cx="54" cy="172" r="16" />
    <circle class="fa-pic-feature" cx="52" cy="165" r="2.5" />`,
  layers: {
    decide: {
      choices: {
        stay: stayMark(30, 146, 250, 52, [150, 112]),
        move: svg`<rect class="fa-pic-bench" x="24" y="76" width="150" height="12" rx="3" />
          <rect class="fa-pic-ghost" x="34" y="52" width="132" height="24" rx="12" />
          ${arrow('M200,160 Q210,100 180,72', [178, 68], -120)}`,
      },
    },
  },
};

/** The casualty seen from above, head on the left, lying on the back. */
const SUPINE = svg`<g class="fa-pic-body">
  ${limb([[182, 128], [290, 126]], 20, true)}${limb([[182, 152], [290, 154]], 20, true)}
  ${limb([[94, 104], [172, 102]], 14)}${limb([[94, 176], [172, 178]], 14)}
  <rect class="fa-pic-cloth" x="84" y="112" width="100" height="56" rx="16" />
  <rect class="fa-skin" x="74" y="133" width="14" height="14" />
  <circle class="fa-skin" cx="60" cy="140" r="17" />
  <circle class="fa-pic-feature" cx="64" cy="134" r="2.5" /><circle class="fa-pic-feature" cx="64" cy="146" r="2.5" />
</g>`;
/** The same from above, rolled onto the side towards the helpers. */
const ON_SIDE = svg`<g class="fa-pic-body">
  ${limb([[182, 136], [290, 134]], 20, true)}${limb([[182, 146], [290, 150]], 20, true)}
  <rect class="fa-pic-cloth" x="84" y="122" width="100" height="38" rx="14" />
  ${limb([[96, 148], [170, 152]], 14)}
  <rect class="fa-skin" x="74" y="134" width="14" height="12" />
  <circle class="fa-skin" cx="60" cy="140" r="16" />
  <circle class="fa-pic-feature" cx="64" cy="148" r="2.5" />
</g>`;

const logRoll: Picture = {
  viewBox: '0 -6 340 246',
  base: svg`
    <rect class="fa-pic-car" x="40" y="10" width="170" height="56" rx="14" />
    <rect class="fa-pic-glass" x="76" y="16" width="18" height="44" rx="4" />
    <rect class="fa-pic-glass" x="160" y="16" width="16" height="44" rx="4" />
    <g class="fa-pic-smoke"><circle cx="52" cy="26" r="16" /><circle cx="30" cy="14" r="13" /><circle cx="60" cy="8" r="11" /><circle cx="14" cy="34" r="10" /></g>`,
  until: { roll: SUPINE },
  layers: {
    decide: {
      choices: {
        move: arrow('M226,40 H316', [320, 40], 0),
        stay: stayMark(36, 90, 272, 100, [266, 40]),
      },
    },
    head: svg`<line class="fa-pic-axis" x1="38" y1="140" x2="300" y2="140" />${helper([18, 140], [[56, 121], [56, 159]], 'head')}`,
    helpers: svg`${helper([132, 222], [[108, 170], [166, 170]], 'side')}${helper([236, 222], [[206, 166], [262, 166]], 'side')}`,
    roll: svg`${ON_SIDE}${[116, 172, 250].map((x) => arrow(`M${x - 14},98 Q${x},86 ${x + 12},98`, [x + 13, 101], 60))}`,
    twist: svg`<polyline class="fa-pic-kink" points="40,140 86,140 120,116 150,124 184,140 296,140" />
      ${hand([110, 104])}${arrow('M88,100 Q108,84 130,96', [132, 99], 40)}`,
  },
};

export const PICTURES: Readonly<Record<string, Picture>> = {
  triHead,
  triShoulder,
  triChest,
  triHand,
  slingLarge: slingPicture(true),
  slingSmall: slingPicture(false),
  forearm: forearmSplint,
  lowerLeg,
  spineStay,
  logRoll,
};

/** Every step in the taught order with its right choice: what the demonstration shows. */
export function taughtSteps(def: ProcedureDef): PictureStep[] {
  return def.steps.map((s) => {
    const c = s.choices?.find((x) => x.correct);
    return c ? { step: s.id, choice: c.id } : { step: s.id };
  });
}

function artOf(pic: Picture, step: string, choice: string | undefined): Art | undefined {
  const entry = pic.layers[step];
  if (entry && typeof entry === 'object' && 'choices' in entry) return choice === undefined ? undefined : entry.choices[choice];
  return entry;
}

const drawArt = (art: Art | undefined, c: Chosen): SVGTemplateResult | typeof nothing => (art === undefined ? nothing : typeof art === 'function' ? art(c) : art);

const chosenOf = (shown: readonly PictureStep[]): Chosen => Object.fromEntries(shown.map((s) => [s.step, s.choice ?? '']));

/** The picture of a procedure with the steps shown (see `PictureView`). */
export function procedurePicture(def: ProcedureDef, view: PictureView): TemplateResult {
  const pic = PICTURES[def.id];
  if (!pic) return html``;
  const moving = view.animate && !view.reduced;
  const delay = (i: number) => (moving ? `animation-delay:${(i * STEP_DELAY_S).toFixed(1)}s` : '');
  // Each step once, in the order done (a hazard may be taken more than once).
  const shown = view.shown.filter((s, i) => view.shown.findIndex((x) => x.step === s.step) === i);
  const order = (id: string) => {
    const i = def.steps.findIndex((s) => s.id === id);
    return (pic.marks?.includes(id) ? 1000 : 0) + (i < 0 ? 500 : i);
  };
  const layers = shown.map((s, i) => ({ s, i })).sort((a, b) => order(a.s.step) - order(b.s.step));
  let anyBad = false;
  const drawn = layers.map(({ s, i }) => {
    const stepDef = def.steps.find((x) => x.id === s.step);
    const hazard = !stepDef && def.hazards.some((h) => h.id === s.step);
    const choice = stepDef?.choices?.find((c) => c.id === s.choice);
    const bad = view.judged && (hazard || choice?.correct === false);
    anyBad ||= bad;
    // In the demonstration a layer is drawn as things were at its moment; otherwise as they are now.
    const c = chosenOf(moving ? shown.slice(0, i + 1) : shown);
    const cls = ['fa-pic-layer', moving ? (pic.marks?.includes(s.step) ? 'fa-pic-mark' : 'fa-pic-in') : '', bad ? 'fa-pic-bad' : ''].filter(Boolean).join(' ');
    return svg`<g class=${cls} data-step=${hazard ? nothing : s.step} data-hazard=${hazard ? s.step : nothing} data-choice=${choice ? choice.id : nothing}
      data-judged-bad=${bad ? 'true' : nothing} filter=${bad ? 'url(#fa-pic-bad-outline)' : nothing} style=${delay(i)}>${drawArt(artOf(pic, s.step, s.choice), c)}</g>`;
  });
  const replaced = Object.entries(pic.until ?? {}).map(([step, part]) => {
    const at = shown.findIndex((s) => s.step === step);
    if (at < 0) return part;
    return moving ? svg`<g class="fa-pic-out" style=${delay(at)}>${part}</g>` : nothing;
  });
  const notes = [...(pic.notes ?? []), ...(anyBad ? (['bad'] as const) : [])];
  return html`<figure class="fa-pic" data-procedure=${def.id}>
    <svg class="fa-pic-svg" viewBox=${pic.viewBox} aria-hidden="true" focusable="false">
      ${anyBad
        ? svg`<defs><filter id="fa-pic-bad-outline" filterUnits="userSpaceOnUse" x="-100" y="-100" width="600" height="600">
            <feMorphology in="SourceAlpha" operator="dilate" radius="3" result="grown" />
            <feFlood class="fa-pic-bad-flood" result="colour" />
            <feComposite in="colour" in2="grown" operator="in" result="outline" />
            <feMerge><feMergeNode in="outline" /><feMergeNode in="SourceGraphic" /></feMerge>
          </filter></defs>`
        : nothing}
      ${pic.base}${replaced}${drawn}
    </svg>
    ${notes.length ? html`<figcaption class="muted small">${notes.map((n) => html`<span>${noteText(view.t, n)}</span> `)}</figcaption>` : nothing}
  </figure>`;
}

function noteText(t: PictureView['t'], n: Note | 'bad'): string {
  if (n === 'inner') return t('firstaid.picture.inner');
  if (n === 'elbow') return t('firstaid.picture.elbow');
  return t('firstaid.picture.bad');
}

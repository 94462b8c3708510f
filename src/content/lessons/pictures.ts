import type { Region } from '../../core/quiz/types';
import type { LocalizedText } from '../../core/text';

/**
 * Pictures as plain shapes a screen can turn into SVG (viewBox "0 0 1 1"): square, coordinates
 * normalised to [0, 1], origin top left. Styles are roles, not colours, so a screen can apply its
 * own palette and high-contrast theme. `targets` are the answer regions of spot questions in the
 * same coordinates; they are never drawn on the question itself.
 *
 * Front views show the patient facing the viewer: the patient's right is on the viewer's left,
 * which the pictures label.
 */
export type ShapeStyle =
  | 'skin'
  | 'outline'
  | 'bone'
  | 'landmark'
  | 'wound'
  | 'pad'
  | 'dressing'
  | 'bandage'
  | 'splint'
  | 'device'
  | 'button'
  | 'water'
  | 'ground'
  | 'rescuer'
  | 'label';

export type Shape =
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly style: ShapeStyle }
  | {
      readonly kind: 'ellipse';
      readonly cx: number;
      readonly cy: number;
      readonly rx: number;
      readonly ry: number;
      readonly style: ShapeStyle;
    }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly style: ShapeStyle;
    }
  | { readonly kind: 'polygon'; readonly points: readonly (readonly [number, number])[]; readonly style: ShapeStyle }
  | { readonly kind: 'polyline'; readonly points: readonly (readonly [number, number])[]; readonly style: ShapeStyle }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: LocalizedText;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly style: 'label';
    };

export const PICTURE_IDS = [
  'chest-landmarks',
  'aed-pads-adult',
  'abdomen-heimlich',
  'tourniquet-arm',
  'infant-back-blows',
  'response-check',
  'aed-device',
  'reach-throw',
  'bandage-figure8',
  'pressure-bandage',
  'splint-forearm',
  'log-roll',
] as const;
export type PictureId = (typeof PICTURE_IDS)[number];

export interface Picture {
  readonly id: PictureId;
  readonly title: LocalizedText;
  /** Text alternative for screen readers; describes what is drawn, never a spot answer. */
  readonly alt: LocalizedText;
  /** Centimetres per unit of the picture's side, where the picture is drawn to scale. */
  readonly cmPerUnit?: number;
  readonly shapes: readonly Shape[];
  readonly targets: Readonly<Record<string, readonly Region[]>>;
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const label = (x: number, y: number, zh: string, en: string, anchor: 'start' | 'middle' | 'end' = 'middle'): Shape => ({
  kind: 'text',
  x,
  y,
  text: t(zh, en),
  anchor,
  style: 'label',
});

/** Landmarks of the front torso shared by the chest, AED and abdomen pictures. */
export const TORSO = Object.freeze({
  sternumTop: 0.2,
  xiphoid: [0.5, 0.54] as const,
  nipples: [
    [0.37, 0.4],
    [0.63, 0.4],
  ] as const,
  navel: [0.5, 0.78] as const,
  /** Patient's right armpit is at the viewer's left. */
  armpitLeft: [0.8, 0.4] as const,
});

const torso: readonly Shape[] = [
  { kind: 'ellipse', cx: 0.5, cy: 0.07, rx: 0.07, ry: 0.065, style: 'skin' },
  { kind: 'rect', x: 0.46, y: 0.12, w: 0.08, h: 0.06, style: 'skin' },
  {
    kind: 'polygon',
    points: [
      [0.3, 0.17],
      [0.7, 0.17],
      [0.84, 0.22],
      [0.86, 0.3],
      [0.8, 0.4],
      [0.79, 0.6],
      [0.77, 0.8],
      [0.74, 0.97],
      [0.26, 0.97],
      [0.23, 0.8],
      [0.21, 0.6],
      [0.2, 0.4],
      [0.14, 0.3],
      [0.16, 0.22],
    ],
    style: 'skin',
  },
  {
    kind: 'polyline',
    points: [
      [0.47, 0.19],
      [0.25, 0.215],
    ],
    style: 'bone',
  },
  {
    kind: 'polyline',
    points: [
      [0.53, 0.19],
      [0.75, 0.215],
    ],
    style: 'bone',
  },
  { kind: 'rect', x: 0.47, y: 0.2, w: 0.06, h: 0.3, style: 'bone' },
  {
    kind: 'polygon',
    points: [
      [0.48, 0.5],
      [0.52, 0.5],
      [0.5, 0.54],
    ],
    style: 'bone',
  },
  {
    kind: 'polyline',
    points: [
      [0.5, 0.54],
      [0.4, 0.58],
      [0.27, 0.62],
    ],
    style: 'outline',
  },
  {
    kind: 'polyline',
    points: [
      [0.5, 0.54],
      [0.6, 0.58],
      [0.73, 0.62],
    ],
    style: 'outline',
  },
  { kind: 'circle', cx: 0.37, cy: 0.4, r: 0.012, style: 'landmark' },
  { kind: 'circle', cx: 0.63, cy: 0.4, r: 0.012, style: 'landmark' },
  { kind: 'circle', cx: 0.5, cy: 0.78, r: 0.012, style: 'landmark' },
  label(0.08, 0.5, '右', 'R'),
  label(0.92, 0.5, '左', 'L'),
];

/** The tourniquet arm is drawn to scale: 55 cm across, shoulder at the left edge. */
const ARM_CM_PER_UNIT = 55;
export const ARM = Object.freeze({ woundX: 0.4, elbowX: 0.62, shoulderX: 0.0, cmPerUnit: ARM_CM_PER_UNIT });
const tqNear = ARM.woundX - 5 / ARM_CM_PER_UNIT;
const tqFar = ARM.woundX - 7 / ARM_CM_PER_UNIT;

const pictures: readonly Picture[] = [
  {
    id: 'chest-landmarks',
    title: t('胸部体表标志', 'Chest landmarks'),
    alt: t(
      '成人躯干正面图：锁骨、胸骨、剑突、两侧乳头、肋弓和肚脐。图左侧为患者右侧。',
      "Front of an adult torso: collarbones, sternum, xiphoid, both nipples, rib margins and navel. The patient's right is on the left of the picture.",
    ),
    shapes: torso,
    targets: {
      // clinical.md crc: lower half of the sternum, centre of the line between the nipples.
      handsCrc: [{ kind: 'circle', cx: 0.5, cy: 0.4, r: 0.05 }],
      // aha2025: centre of chest, lower half of sternum; erc2025: centre of chest.
      handsCentre: [
        {
          kind: 'polygon',
          points: [
            [0.45, 0.35],
            [0.55, 0.35],
            [0.55, 0.5],
            [0.45, 0.5],
          ],
        },
      ],
    },
  },
  {
    id: 'aed-pads-adult',
    title: t('成人AED电极片位置', 'Adult AED pad positions'),
    alt: t(
      '成人躯干正面图，标出锁骨、胸骨、乳头和腋下。图左侧为患者右侧。',
      "Front of an adult torso with collarbones, sternum, nipples and armpits. The patient's right is on the left of the picture.",
    ),
    shapes: torso,
    targets: {
      // Below the right collarbone, beside the sternum (patient's right = viewer's left).
      padRight: [
        {
          kind: 'polygon',
          points: [
            [0.27, 0.23],
            [0.46, 0.23],
            [0.46, 0.36],
            [0.27, 0.36],
          ],
        },
      ],
      // Left side, below the armpit.
      padLeft: [
        {
          kind: 'polygon',
          points: [
            [0.66, 0.42],
            [0.8, 0.42],
            [0.79, 0.6],
            [0.66, 0.6],
          ],
        },
      ],
    },
  },
  {
    id: 'abdomen-heimlich',
    title: t('腹部冲击的位置', 'Where abdominal thrusts go'),
    alt: t(
      '成人躯干正面图，标出胸骨、剑突、肋弓和肚脐。',
      'Front of an adult torso showing the sternum, xiphoid, rib margins and navel.',
    ),
    shapes: torso,
    targets: {
      // Midline, slightly above the navel, well below the breastbone.
      fist: [
        {
          kind: 'polygon',
          points: [
            [0.45, 0.66],
            [0.55, 0.66],
            [0.55, 0.765],
            [0.45, 0.765],
          ],
        },
      ],
    },
  },
  {
    id: 'tourniquet-arm',
    title: t('上臂伤口与止血带', 'Upper-arm wound and tourniquet'),
    alt: t(
      '按比例绘制的手臂侧面图：左端为肩部，中部为肘关节，上臂中段有一处伤口，下方有10厘米比例尺。',
      'Side view of an arm drawn to scale: shoulder at the left edge, elbow joint, a wound on the middle of the upper arm, and a 10 cm scale bar below.',
    ),
    cmPerUnit: ARM_CM_PER_UNIT,
    shapes: [
      {
        kind: 'polygon',
        points: [
          [0, 0.39],
          [0.6, 0.43],
          [0.66, 0.445],
          [1, 0.46],
          [1, 0.56],
          [0.66, 0.57],
          [0.6, 0.59],
          [0, 0.61],
        ],
        style: 'skin',
      },
      { kind: 'circle', cx: ARM.elbowX, cy: 0.51, r: 0.03, style: 'bone' },
      { kind: 'ellipse', cx: ARM.woundX, cy: 0.5, rx: 0.02, ry: 0.035, style: 'wound' },
      label(0.03, 0.33, '肩', 'Shoulder', 'start'),
      label(ARM.elbowX, 0.35, '肘', 'Elbow'),
      label(ARM.woundX, 0.35, '伤口', 'Wound'),
      {
        kind: 'polyline',
        points: [
          [0.1, 0.8],
          [0.1 + 10 / ARM_CM_PER_UNIT, 0.8],
        ],
        style: 'outline',
      },
      ...Array.from({ length: 11 }, (_, i): Shape => {
        const x = 0.1 + i / ARM_CM_PER_UNIT;
        return {
          kind: 'polyline',
          points: [
            [x, 0.785],
            [x, i % 5 === 0 ? 0.77 : 0.8],
          ],
          style: 'outline',
        };
      }),
      label(0.1 + 5 / ARM_CM_PER_UNIT, 0.86, '10厘米', '10 cm'),
    ],
    targets: {
      // 5–7 cm above (proximal to) the wound; the band is clear of the shoulder and the elbow.
      tourniquet: [
        {
          kind: 'polygon',
          points: [
            [tqFar, 0.38],
            [tqNear, 0.38],
            [tqNear, 0.62],
            [tqFar, 0.62],
          ],
        },
      ],
    },
  },
  {
    id: 'infant-back-blows',
    title: t('婴儿背部叩击', 'Infant back blows'),
    alt: t(
      '俯卧婴儿的背面图：头部、双肩、两侧肩胛骨、脊柱和臀部。',
      "An infant lying face down, seen from behind: head, shoulders, both shoulder blades, spine and buttocks.",
    ),
    shapes: [
      { kind: 'circle', cx: 0.5, cy: 0.15, r: 0.1, style: 'skin' },
      { kind: 'ellipse', cx: 0.5, cy: 0.52, rx: 0.19, ry: 0.29, style: 'skin' },
      { kind: 'ellipse', cx: 0.25, cy: 0.4, rx: 0.05, ry: 0.14, style: 'skin' },
      { kind: 'ellipse', cx: 0.75, cy: 0.4, rx: 0.05, ry: 0.14, style: 'skin' },
      { kind: 'ellipse', cx: 0.4, cy: 0.37, rx: 0.05, ry: 0.075, style: 'bone' },
      { kind: 'ellipse', cx: 0.6, cy: 0.37, rx: 0.05, ry: 0.075, style: 'bone' },
      {
        kind: 'polyline',
        points: [
          [0.5, 0.27],
          [0.5, 0.76],
        ],
        style: 'bone',
      },
      { kind: 'ellipse', cx: 0.43, cy: 0.85, rx: 0.07, ry: 0.06, style: 'skin' },
      { kind: 'ellipse', cx: 0.57, cy: 0.85, rx: 0.07, ry: 0.06, style: 'skin' },
      label(0.5, 0.04, '头', 'Head'),
    ],
    targets: {
      // Between the shoulder blades.
      heelOfHand: [
        {
          kind: 'polygon',
          points: [
            [0.45, 0.3],
            [0.55, 0.3],
            [0.55, 0.44],
            [0.45, 0.44],
          ],
        },
      ],
    },
  },
  {
    id: 'response-check',
    title: t('判断意识：轻拍双肩、大声呼叫', 'Checking response: tap both shoulders, shout'),
    alt: t(
      '仰卧的人（俯视），施救者双手轻拍其双肩，并在其耳旁呼叫。',
      'A person lying on their back, seen from above; the rescuer taps both shoulders and calls out beside the ears.',
    ),
    shapes: [
      { kind: 'rect', x: 0, y: 0.9, w: 1, h: 0.1, style: 'ground' },
      { kind: 'circle', cx: 0.5, cy: 0.2, r: 0.08, style: 'skin' },
      { kind: 'rect', x: 0.36, y: 0.29, w: 0.28, h: 0.42, style: 'skin' },
      { kind: 'rect', x: 0.38, y: 0.71, w: 0.1, h: 0.18, style: 'skin' },
      { kind: 'rect', x: 0.52, y: 0.71, w: 0.1, h: 0.18, style: 'skin' },
      { kind: 'circle', cx: 0.37, cy: 0.32, r: 0.035, style: 'rescuer' },
      { kind: 'circle', cx: 0.63, cy: 0.32, r: 0.035, style: 'rescuer' },
      {
        kind: 'polyline',
        points: [
          [0.33, 0.14],
          [0.27, 0.1],
        ],
        style: 'outline',
      },
      {
        kind: 'polyline',
        points: [
          [0.67, 0.14],
          [0.73, 0.1],
        ],
        style: 'outline',
      },
      label(0.5, 0.06, '“喂！你怎么了？”', '"Hello! Are you all right?"'),
    ],
    targets: {},
  },
  {
    id: 'aed-device',
    title: t('AED：开、贴、插、电', 'AED: on, pads, plug, shock'),
    alt: t(
      'AED示意图：电源键、电极片及其插头、闪烁的电击按钮。',
      'An AED: power button, pads with their connector, and the flashing shock button.',
    ),
    shapes: [
      { kind: 'rect', x: 0.15, y: 0.2, w: 0.7, h: 0.55, style: 'device' },
      { kind: 'circle', cx: 0.3, cy: 0.35, r: 0.06, style: 'button' },
      { kind: 'circle', cx: 0.7, cy: 0.55, r: 0.08, style: 'button' },
      { kind: 'rect', x: 0.45, y: 0.3, w: 0.1, h: 0.05, style: 'outline' },
      { kind: 'rect', x: 0.18, y: 0.82, w: 0.22, h: 0.12, style: 'pad' },
      { kind: 'rect', x: 0.6, y: 0.82, w: 0.22, h: 0.12, style: 'pad' },
      {
        kind: 'polyline',
        points: [
          [0.29, 0.82],
          [0.5, 0.35],
          [0.71, 0.82],
        ],
        style: 'outline',
      },
      label(0.3, 0.47, '开', 'On'),
      label(0.7, 0.7, '电', 'Shock'),
      label(0.5, 0.8, '贴', 'Pads'),
      label(0.5, 0.27, '插', 'Plug'),
    ],
    targets: {},
  },
  {
    id: 'reach-throw',
    title: t('岸上施救：递、抛', 'Rescue from the bank: reach, throw'),
    alt: t(
      '施救者站在岸上，向水中的落水者伸出竹竿，旁边有一个可抛出的救生圈。',
      'A rescuer on the bank holds out a pole to a person in the water; a ring buoy lies ready to throw.',
    ),
    shapes: [
      { kind: 'rect', x: 0, y: 0.55, w: 0.4, h: 0.45, style: 'ground' },
      { kind: 'rect', x: 0.4, y: 0.6, w: 0.6, h: 0.4, style: 'water' },
      { kind: 'circle', cx: 0.2, cy: 0.3, r: 0.05, style: 'rescuer' },
      {
        kind: 'polyline',
        points: [
          [0.2, 0.35],
          [0.2, 0.55],
        ],
        style: 'rescuer',
      },
      {
        kind: 'polyline',
        points: [
          [0.2, 0.42],
          [0.75, 0.6],
        ],
        style: 'splint',
      },
      { kind: 'circle', cx: 0.78, cy: 0.64, r: 0.045, style: 'skin' },
      { kind: 'circle', cx: 0.3, cy: 0.6, r: 0.05, style: 'pad' },
      label(0.45, 0.4, '递', 'Reach'),
      label(0.3, 0.72, '抛', 'Throw'),
    ],
    targets: {},
  },
  {
    id: 'bandage-figure8',
    title: t('踝关节8字包扎', 'Figure-of-eight bandage at the ankle'),
    alt: t(
      '小腿和足部侧面图，绷带在踝关节处呈8字交叉。',
      'Side view of the lower leg and foot with a bandage crossing in a figure of eight at the ankle.',
    ),
    shapes: [
      {
        kind: 'polygon',
        points: [
          [0.35, 0.05],
          [0.55, 0.05],
          [0.56, 0.6],
          [0.9, 0.72],
          [0.92, 0.85],
          [0.35, 0.85],
        ],
        style: 'skin',
      },
      {
        kind: 'polyline',
        points: [
          [0.36, 0.5],
          [0.6, 0.75],
        ],
        style: 'bandage',
      },
      {
        kind: 'polyline',
        points: [
          [0.56, 0.5],
          [0.36, 0.75],
        ],
        style: 'bandage',
      },
      {
        kind: 'polyline',
        points: [
          [0.36, 0.45],
          [0.56, 0.45],
        ],
        style: 'bandage',
      },
      {
        kind: 'polyline',
        points: [
          [0.55, 0.8],
          [0.75, 0.8],
        ],
        style: 'bandage',
      },
      { kind: 'circle', cx: 0.88, cy: 0.79, r: 0.02, style: 'landmark' },
    ],
    targets: {},
  },
  {
    id: 'pressure-bandage',
    title: t('加压包扎', 'Pressure bandage'),
    alt: t(
      '前臂伤口上盖有敷料，外面用绷带包扎，手指露在外面以便观察血液循环。',
      'A forearm wound covered by a dressing, with a bandage over it; the fingers are left visible to check circulation.',
    ),
    shapes: [
      {
        kind: 'polygon',
        points: [
          [0, 0.4],
          [0.75, 0.42],
          [0.98, 0.45],
          [0.98, 0.55],
          [0.75, 0.58],
          [0, 0.6],
        ],
        style: 'skin',
      },
      { kind: 'rect', x: 0.3, y: 0.38, w: 0.22, h: 0.24, style: 'dressing' },
      ...[0.28, 0.34, 0.4, 0.46, 0.52].map(
        (x): Shape => ({
          kind: 'polyline',
          points: [
            [x, 0.37],
            [x + 0.04, 0.63],
          ],
          style: 'bandage',
        }),
      ),
      label(0.9, 0.38, '指端外露', 'Fingertips visible'),
    ],
    targets: {},
  },
  {
    id: 'splint-forearm',
    title: t('前臂骨折夹板固定', 'Splinting a forearm fracture'),
    alt: t(
      '前臂骨折处用夹板固定，夹板超过腕关节和肘关节，骨突处垫有衬垫，手指外露。',
      'A forearm fracture splinted: the splint reaches past both the wrist and the elbow, bony points are padded, the fingers stay visible.',
    ),
    shapes: [
      {
        kind: 'polygon',
        points: [
          [0.02, 0.42],
          [0.85, 0.44],
          [0.98, 0.46],
          [0.98, 0.54],
          [0.85, 0.56],
          [0.02, 0.58],
        ],
        style: 'skin',
      },
      { kind: 'rect', x: 0.08, y: 0.36, w: 0.78, h: 0.05, style: 'splint' },
      { kind: 'circle', cx: 0.15, cy: 0.5, r: 0.03, style: 'bone' },
      { kind: 'circle', cx: 0.78, cy: 0.5, r: 0.025, style: 'bone' },
      { kind: 'ellipse', cx: 0.45, cy: 0.5, rx: 0.02, ry: 0.05, style: 'wound' },
      ...[0.2, 0.45, 0.7].map(
        (x): Shape => ({
          kind: 'rect',
          x,
          y: 0.35,
          w: 0.03,
          h: 0.25,
          style: 'bandage',
        }),
      ),
      label(0.15, 0.68, '肘', 'Elbow'),
      label(0.78, 0.68, '腕', 'Wrist'),
    ],
    targets: {},
  },
  {
    id: 'log-roll',
    title: t('轴线翻身', 'Log roll: moving as one line'),
    alt: t(
      '俯视图：伤员仰卧，头、颈、躯干和下肢保持在一条直线上，几名施救者在同一侧一起翻动。',
      'Seen from above: the injured person on their back with head, neck, trunk and legs kept in one line; several rescuers on one side turn them together.',
    ),
    shapes: [
      { kind: 'circle', cx: 0.12, cy: 0.5, r: 0.07, style: 'skin' },
      { kind: 'rect', x: 0.19, y: 0.38, w: 0.4, h: 0.24, style: 'skin' },
      { kind: 'rect', x: 0.59, y: 0.4, w: 0.36, h: 0.09, style: 'skin' },
      { kind: 'rect', x: 0.59, y: 0.51, w: 0.36, h: 0.09, style: 'skin' },
      {
        kind: 'polyline',
        points: [
          [0.03, 0.5],
          [0.97, 0.5],
        ],
        style: 'outline',
      },
      { kind: 'circle', cx: 0.12, cy: 0.3, r: 0.05, style: 'rescuer' },
      { kind: 'circle', cx: 0.38, cy: 0.25, r: 0.05, style: 'rescuer' },
      { kind: 'circle', cx: 0.72, cy: 0.25, r: 0.05, style: 'rescuer' },
    ],
    targets: {},
  },
];

export const PICTURES: Readonly<Record<PictureId, Picture>> = Object.freeze(
  Object.fromEntries(pictures.map((p) => [p.id, p])) as Record<PictureId, Picture>,
);

/** A picture's named answer regions; throws if the name is unknown, so a typo fails at load. */
export function targetRegions(id: PictureId, target: string): readonly Region[] {
  const regions = PICTURES[id].targets[target];
  if (regions === undefined) throw new Error(`picture ${id} has no target ${target}`);
  return regions;
}

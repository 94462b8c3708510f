import type { Question } from '../../../src/core/quiz/types';

const t = (s: string) => ({ 'zh-CN': `题${s}`, en: s });
const meta = { difficulty: 1 as const, sourceKeys: ['CRC' as const], facts: ['x'], explanation: t('because') };

export const single: Question = {
  ...meta,
  id: 'cpr-s',
  topic: 'cpr',
  profiles: ['crc', 'aha2025', 'erc2025'],
  type: 'single',
  stem: t('s'),
  options: [t('a'), t('b'), t('c'), t('d')],
  answer: 2,
};
export const multiple: Question = {
  ...meta,
  id: 'cpr-m',
  topic: 'cpr',
  profiles: ['crc', 'aha2025', 'erc2025'],
  type: 'multiple',
  stem: t('m'),
  options: [t('a'), t('b'), t('c'), t('d')],
  answer: [0, 2],
};
export const trueFalse: Question = {
  ...meta,
  id: 'aed-tf',
  topic: 'aed',
  profiles: ['crc', 'aha2025', 'erc2025'],
  type: 'trueFalse',
  stem: t('tf'),
  answer: false,
};
export const order: Question = {
  ...meta,
  id: 'aed-o',
  topic: 'aed',
  profiles: ['crc', 'aha2025', 'erc2025'],
  type: 'order',
  stem: t('o'),
  steps: [t('1'), t('2'), t('3'), t('4')],
};
export const spot: Question = {
  ...meta,
  id: 'chk-spot',
  topic: 'choking',
  profiles: ['crc', 'aha2025', 'erc2025'],
  type: 'spot',
  stem: t('spot'),
  picture: 'abdomen-heimlich',
  regions: [
    { kind: 'circle', cx: 0.2, cy: 0.2, r: 0.1 },
    {
      kind: 'polygon',
      points: [
        [0.5, 0.5],
        [0.9, 0.5],
        [0.9, 0.9],
        [0.5, 0.9],
      ],
    },
  ],
};

/** A small synthetic bank: `n` questions per topic, some for one profile only. */
export function syntheticBank(perTopic = 6): Question[] {
  const out: Question[] = [];
  for (const topic of ['recognition', 'cpr', 'aed'] as const) {
    for (let i = 0; i < perTopic; i++) {
      const profiles = i === 0 ? (['crc'] as const) : i === 1 ? (['erc2025'] as const) : (['crc', 'aha2025', 'erc2025'] as const);
      out.push({
        ...meta,
        id: `${topic}-${i}`,
        topic,
        profiles: [...profiles],
        stem: t(`${topic}${i}`),
        ...(i % 3 === 0
          ? { type: 'order' as const, steps: [t('1'), t('2'), t('3')] }
          : { type: 'single' as const, options: [t('a'), t('b'), t('c'), t('d')], answer: i % 4 }),
      } as Question);
    }
  }
  return out;
}

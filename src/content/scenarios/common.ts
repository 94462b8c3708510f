import type { Bystander } from '../../core/scenario/types';

export const PASSER_BY: Bystander = {
  id: 'redJacket',
  name: { 'zh-CN': '穿红外套的先生', en: 'the man in the red jacket' },
};

export const SECOND_PASSER_BY: Bystander = {
  id: 'glasses',
  name: { 'zh-CN': '戴眼镜的女士', en: 'the woman with glasses' },
};

/** Time for a bystander to fetch the AED once asked (ms). Product choice, not a guideline figure. */
export const AED_FETCH_MS = 40000;

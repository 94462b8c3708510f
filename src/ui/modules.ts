/**
 * The training modules Home offers. A module is listed here only once it works end to end;
 * its route is also its deep link.
 */
export interface TrainingModule {
  id: string;
  href: string;
  titleKey: string;
  descriptionKey: string;
}

export const TRAINING_MODULES: readonly TrainingModule[] = [
  { id: 'cpr', href: '#/cpr', titleKey: 'module.cpr.title', descriptionKey: 'module.cpr.description' },
  { id: 'scenario', href: '#/scenario', titleKey: 'scenario.module.title', descriptionKey: 'scenario.module.description' },
  { id: 'theory', href: '#/theory', titleKey: 'theory.module.title', descriptionKey: 'theory.module.description' },
  { id: 'choking', href: '#/choking', titleKey: 'choking.module.title', descriptionKey: 'choking.module.description' },
  { id: 'firstaid', href: '#/firstaid', titleKey: 'firstaid.module.title', descriptionKey: 'firstaid.module.description' },
];

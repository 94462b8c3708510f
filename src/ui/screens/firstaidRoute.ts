/**
 * `#/firstaid` (the picker), `#/bleeding/<id>`, `#/bandage/<technique>`, `#/splint/<id>`, each with
 * `?mode=practice|assessment`. Parsing stays free of the content: the screens check the id and fall
 * back to the picker with a notice.
 */
export type FirstAidMode = 'practice' | 'assessment';
export type FirstAidKind = 'bleeding' | 'bandage' | 'splint';

export type FirstAidRoute = { name: 'firstaid' } | { name: 'firstaidRun'; kind: FirstAidKind; id: string; mode: FirstAidMode };

const ID = /^[A-Za-z][A-Za-z0-9]*$/;
export const FIRSTAID_KINDS: readonly FirstAidKind[] = ['bleeding', 'bandage', 'splint'];

export function isFirstAidKind(v: string): v is FirstAidKind {
  return (FIRSTAID_KINDS as readonly string[]).includes(v);
}

export function parseFirstAidRoute(first: string, id: string | undefined, q: URLSearchParams): { route: FirstAidRoute; unknown: boolean } {
  const picker: FirstAidRoute = { name: 'firstaid' };
  if (first === 'firstaid' || !isFirstAidKind(first)) return { route: picker, unknown: first !== 'firstaid' };
  if (id === undefined || !ID.test(id)) return { route: picker, unknown: id !== undefined };
  const mode: FirstAidMode = q.get('mode') === 'assessment' ? 'assessment' : 'practice';
  return { route: { name: 'firstaidRun', kind: first, id, mode }, unknown: false };
}

export function firstAidHash(kind: FirstAidKind, id: string, mode: FirstAidMode = 'practice'): string {
  return `#/${kind}/${encodeURIComponent(id)}${mode === 'assessment' ? '?mode=assessment' : ''}`;
}

import type { StoredStatement } from './lrs';

export const CMI5_SEQUENCE = ['launched', 'initialized', 'passed', 'completed', 'terminated'] as const;

const verbOf = (s: StoredStatement) => s.verb.id.split('/').pop() ?? '';

/**
 * The cmi5 verbs of a registration, checked for the expected sequence by the LRS's `stored` times.
 * Statements sent one after the other within the same millisecond have equal times, so the LRS
 * may list them either way; equal times count as in order. Returns a description of any problem.
 */
export function cmi5SequenceProblem(statements: readonly StoredStatement[], expected: readonly string[] = CMI5_SEQUENCE): string | null {
  const verbs = statements.map(verbOf);
  const sorted = [...verbs].sort();
  if (sorted.join() !== [...expected].sort().join()) return `verbs ${verbs.join(',')} instead of ${expected.join(',')}`;
  for (let i = 1; i < expected.length; i++) {
    const a = statements.find((s) => verbOf(s) === expected[i - 1])!;
    const b = statements.find((s) => verbOf(s) === expected[i])!;
    if (Date.parse(a.stored) > Date.parse(b.stored)) return `${expected[i]} stored before ${expected[i - 1]}`;
  }
  return null;
}

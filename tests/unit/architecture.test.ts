import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], {
    validate: true,
    ruleSet: { forbidden: config.forbidden } as never,
    baseDir,
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  } as never);
  const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

// The real tree is checked by `npm run depcheck` in `npm test`; this pins that the rules bite.
describe('architecture rules', () => {
  it('flag core importing UI or storage code and the UI importing adapters', async () => {
    const found = await violations('tests/fixtures/arch');
    expect(found.some((v) => v.startsWith('core-is-pure: src/core/leaky.ts -> src/ui/screen.ts'))).toBe(true);
    expect(found.some((v) => v.startsWith('core-is-pure: src/core/leaky.ts') && v.includes('idb'))).toBe(true);
    expect(found).toContain('ui-below-app: src/ui/screen.ts -> src/adapters/store.ts');
    expect(found.some((v) => v.includes('src/game/scene.ts'))).toBe(false);
  });
});

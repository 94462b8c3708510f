import { describe, expect, it } from 'vitest';
import { parseLocation } from '../../../src/ui/routes';
import { chokingHash } from '../../../src/ui/screens/chokingRoute';

describe('choking routes', () => {
  it('parses the picker, a deep link with a mode, and falls back on bad ids', () => {
    expect(parseLocation('#/choking', '').route).toEqual({ name: 'chokingPicker' });
    expect(parseLocation('#/choking?mode=assessment', '').route).toEqual({ name: 'chokingPicker', mode: 'assessment' });
    expect(parseLocation('#/choking/infantSevere?mode=guided', '').route).toEqual({ name: 'choking', id: 'infantSevere', mode: 'guided' });
    expect(parseLocation('#/choking/adultSevere', '').route).toEqual({ name: 'choking', id: 'adultSevere', mode: 'practice' });
    const bad = parseLocation('#/choking/..%2Fx', '');
    expect(bad.unknown).toBe(true);
    expect(bad.route.name).toBe('chokingPicker');
    expect(chokingHash('adultSevere', 'assessment')).toBe('#/choking/adultSevere?mode=assessment');
  });
});

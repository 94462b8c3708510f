import { describe, expect, it } from 'vitest';
import { parseLocation } from '../../../src/ui/routes';

describe('theory deep links', () => {
  it('opens the course home, lessons, practice, exam, result and certificate', () => {
    expect(parseLocation('#/theory', '').route).toEqual({ name: 'theory' });
    expect(parseLocation('#/theory/lesson/cpr', '').route).toEqual({ name: 'theoryLesson', topic: 'cpr' });
    expect(parseLocation('#/theory/practice', '').route).toEqual({ name: 'theoryPractice' });
    expect(parseLocation('#/theory/practice?topic=aed', '').route).toEqual({ name: 'theoryPractice', topic: 'aed' });
    expect(parseLocation('#/theory/exam', '').route).toEqual({ name: 'theoryExam' });
    expect(parseLocation('#/theory/exam/result/theory-exam-1', '').route).toEqual({ name: 'theoryResult', id: 'theory-exam-1' });
    expect(parseLocation('#/theory/certificate/a%20b', '').route).toEqual({ name: 'theoryCertificate', id: 'a b' });
  });

  it('falls back to the course home with a notice for an unknown topic or page', () => {
    expect(parseLocation('#/theory/lesson/dragons', '')).toMatchObject({ route: { name: 'theory' }, unknown: true });
    expect(parseLocation('#/theory/nope', '')).toMatchObject({ route: { name: 'theory' }, unknown: true });
    expect(parseLocation('#/theory/practice?topic=dragons', '')).toMatchObject({ route: { name: 'theoryPractice' }, unknown: true });
  });
});

import { describe, expect, it } from 'vitest';
import { ASSIGNABLE_UNITS, cmi5Xml } from '../../../src/adapters/records/course';
import { parseLaunchParams } from '../../../src/adapters/records/cmi5';
import { parseLocation } from '../../../src/ui/routes';
import { parseXml, type XmlElement } from '../../support/xml';

const langs = (n: XmlElement | undefined) => Object.fromEntries((n?.children ?? []).map((l) => [l.attrs.lang, l.text]));

describe('cmi5 course structure', () => {
  const doc = parseXml(cmi5Xml());

  it('is well-formed XML in the cmi5 CourseStructure namespace', () => {
    expect(doc.name).toBe('courseStructure');
    expect(doc.attrs.xmlns).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect(cmi5Xml().startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });

  it('has a bilingual course and the three assignable units', () => {
    const course = doc.children.find((c) => c.name === 'course')!;
    expect(Object.keys(langs(course.children.find((c) => c.name === 'title')))).toEqual(['zh-CN', 'en']);
    const aus = doc.children.filter((c) => c.name === 'au');
    expect(aus.map((a) => a.attrs.id)).toEqual(ASSIGNABLE_UNITS.map((u) => u.id));
    for (const au of aus) {
      for (const tag of ['title', 'description']) {
        const l = langs(au.children.find((c) => c.name === tag));
        expect(l['zh-CN'], `${au.attrs.id} ${tag}`).toBeTruthy();
        expect(l.en, `${au.attrs.id} ${tag}`).toBeTruthy();
      }
      expect(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']).toContain(au.attrs.moveOn);
      if (au.attrs.masteryScore !== undefined) {
        const m = Number(au.attrs.masteryScore);
        expect(m > 0 && m <= 1).toBe(true);
      }
    }
    expect(aus.find((a) => a.attrs.id?.endsWith('theory-exam'))?.attrs.masteryScore).toBe('0.8');
  });

  it('points every AU at a real route of the app', () => {
    const expected: Record<string, string> = { theoryExam: 'theoryExam', cpr: 'cprSetup', scenario: 'scenarioPicker' };
    for (const au of doc.children.filter((c) => c.name === 'au')) {
      const url = au.children.find((c) => c.name === 'url')!.text;
      expect(url.startsWith('index.html#/')).toBe(true);
      const hash = url.slice(url.indexOf('#'));
      const loc = parseLocation(hash, '');
      expect(loc.unknown, url).toBe(false);
      const unit = ASSIGNABLE_UNITS.find((u) => u.id === au.attrs.id)!;
      expect(loc.route.name).toBe(expected[unit.module]);
    }
  });

  it('still resolves the route when an LMS appends the launch parameters after the hash', () => {
    for (const unit of ASSIGNABLE_UNITS) {
      const q = new URLSearchParams({
        endpoint: 'https://lrs.example.org/xAPI',
        fetch: 'https://lms.example.org/fetch/1',
        actor: JSON.stringify({ objectType: 'Agent', name: 'A', account: { homePage: 'https://lms.example.org', name: 'a1' } }),
        registration: 'a2a7c3a4-5b5c-4c1d-9e1f-2b3c4d5e6f70',
        activityId: unit.id,
      });
      const hash = unit.url.slice(unit.url.indexOf('#'));
      const appended = `${hash}${hash.includes('?') ? '&' : '?'}${q.toString()}`;
      expect(parseLocation(appended, '').unknown).toBe(false);
      expect(parseLaunchParams('', appended)).toMatchObject({ activityId: unit.id, endpoint: 'https://lrs.example.org/xAPI/' });
      // And before it, as the URL standard puts a query.
      expect(parseLaunchParams(`?${q.toString()}`, hash)?.registration).toBe('a2a7c3a4-5b5c-4c1d-9e1f-2b3c4d5e6f70');
    }
  });

  it('escapes XML special characters', () => {
    const xml = cmi5Xml([{ ...ASSIGNABLE_UNITS[0]!, title: { 'zh-CN': '<&>', en: '"quote"' } }]);
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).toContain('&lt;&amp;&gt;');
  });
});

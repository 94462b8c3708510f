import { DEFAULT_COURSE } from '../../content/questions/blueprint';
import type { ModuleId } from '../../core/attempt';
import type { LocalizedText } from '../../core/text';
import { ACTIVITY_IDS, XAPI_NS } from './iri';

/**
 * The course as an LMS sees it through cmi5: one course, three assignable units, each a deep link
 * into the app. `cmi5Xml()` writes the course structure the build puts next to index.html.
 */
export interface AssignableUnit {
  id: string;
  /** Which stored attempts report the AU's result (assessment-mode attempts of this module). */
  module: ModuleId;
  /** Relative to the app's index.html: a hash route. */
  url: string;
  title: LocalizedText;
  description: LocalizedText;
  moveOn: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  /** 0..1; absent when the module judges pass or fail itself. */
  masteryScore?: number;
}

export const COURSE_TITLE: LocalizedText = { 'zh-CN': 'RescueDrill 急救训练', en: 'RescueDrill first-aid training' };
export const COURSE_DESCRIPTION: LocalizedText = {
  'zh-CN': '心肺复苏、AED 与急救：理论考试、心肺复苏训练和心脏骤停情景考核。',
  en: 'CPR, AED and first aid: the theory exam, a CPR drill and a cardiac-arrest scenario assessment.',
};

export const ASSIGNABLE_UNITS: readonly AssignableUnit[] = [
  {
    id: `${XAPI_NS}:au:theory-exam`,
    module: 'theoryExam',
    url: 'index.html#/theory/exam',
    title: DEFAULT_COURSE.title,
    description: {
      'zh-CN': `限时理论考试，${DEFAULT_COURSE.passMarkPct}% 及格。`,
      en: `Timed theory exam; pass mark ${DEFAULT_COURSE.passMarkPct}%.`,
    },
    moveOn: 'Passed',
    masteryScore: DEFAULT_COURSE.passMarkPct / 100,
  },
  {
    id: `${XAPI_NS}:au:cpr-drill`,
    module: 'cpr',
    url: 'index.html#/cpr?mode=assessment',
    title: { 'zh-CN': '心肺复苏考核', en: 'CPR assessment drill' },
    description: {
      'zh-CN': '在模拟人胸部按压：测量频率、深度、回弹和按压分数。',
      en: 'Compress the manikin chest: rate, depth, recoil and compression fraction are measured.',
    },
    // The drill has a score but no pass mark of its own: finishing an assessment completes the AU.
    moveOn: 'Completed',
  },
  {
    id: `${XAPI_NS}:au:cardiac-arrest-scenario`,
    module: 'scenario',
    url: 'index.html#/scenario?mode=assessment',
    title: { 'zh-CN': '心脏骤停情景考核', en: 'Cardiac-arrest scenario assessment' },
    description: {
      'zh-CN': '从倒地到救护车到达：呼救、心肺复苏与 AED 使用，按考核表评分。',
      en: 'From collapse to the ambulance: call, CPR and AED, scored on the examiner sheet.',
    },
    // Passed or failed by the scenario's own examiner sheet (critical errors fail whatever the points).
    moveOn: 'Passed',
  },
];

export const COURSE_ID = ACTIVITY_IDS.course;

export function auFor(activityId: string): AssignableUnit | undefined {
  return ASSIGNABLE_UNITS.find((au) => au.id === activityId);
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function langstrings(tag: string, t: LocalizedText, indent: string): string {
  return [
    `${indent}<${tag}>`,
    `${indent}  <langstring lang="zh-CN">${esc(t['zh-CN'])}</langstring>`,
    `${indent}  <langstring lang="en">${esc(t.en)}</langstring>`,
    `${indent}</${tag}>`,
  ].join('\n');
}

/** The cmi5 course structure (CourseStructure.xsd), AU URLs relative to the package root. */
export function cmi5Xml(units: readonly AssignableUnit[] = ASSIGNABLE_UNITS): string {
  const aus = units.map((au) =>
    [
      `  <au id="${esc(au.id)}" moveOn="${au.moveOn}"${au.masteryScore !== undefined ? ` masteryScore="${au.masteryScore}"` : ''} launchMethod="AnyWindow">`,
      langstrings('title', au.title, '    '),
      langstrings('description', au.description, '    '),
      `    <url>${esc(au.url)}</url>`,
      '  </au>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${esc(COURSE_ID)}">`,
    langstrings('title', COURSE_TITLE, '    '),
    langstrings('description', COURSE_DESCRIPTION, '    '),
    '  </course>',
    ...aus,
    '</courseStructure>',
    '',
  ].join('\n');
}

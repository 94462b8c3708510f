import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../../src/content/protocols';
import { DEFAULT_COURSE } from '../../../src/content/questions/blueprint';
import { QUESTION_BANK } from '../../../src/content/questions';
import {
  answersHash,
  certificatePayload,
  createCertificateRecord,
  issueCertificate,
  matchesAttempt,
  normaliseCode,
  parseCertificatePayload,
  recordHash,
  verificationCode,
  verifyCertificate,
  verifyCode,
  type Certificate,
} from '../../../src/core/quiz/certificate';
import { drawPaper, resolvePaper } from '../../../src/core/quiz/draw';
import { gradeExam } from '../../../src/core/quiz/result';
import { correctAnswer } from '../../../src/core/quiz/score';
import { answerExam, startExam, submitExam, type ExamFinished, type ExamSession } from '../../../src/core/quiz/session';
import { QuizError } from '../../../src/core/quiz/types';

function passedExam(right = 27): ExamFinished {
  const paper = drawPaper(QUESTION_BANK, DEFAULT_COURSE.blueprint, 'crc', 20250101);
  const qs = resolvePaper(QUESTION_BANK, paper);
  let s: ExamSession = startExam(paper, DEFAULT_COURSE.timeLimitMs, 0);
  qs.slice(0, right).forEach((q, i) => (s = answerExam(s, q.id, correctAnswer(q), 1000 + i)));
  return submitExam(s, 600_000);
}

function issue(name = '  张三  '): { cert: Certificate; session: ExamFinished } {
  const session = passedExam();
  const result = gradeExam(session, QUESTION_BANK, DEFAULT_COURSE.passMarkPct);
  const record = createCertificateRecord({
    learnerName: name,
    courseId: DEFAULT_COURSE.id,
    date: '2025-06-01',
    profileVersion: PROFILES.crc.version,
    session,
    result,
  });
  return { cert: issueCertificate(record), session };
}

type Mutable = { record: Record<string, unknown> & { score: Record<string, unknown>; profile: Record<string, unknown> } } & Record<string, unknown>;

describe('certificate record', () => {
  it('holds name, course, date, score, profile and version, seed and answers hash', () => {
    const { cert, session } = issue();
    expect(cert.record).toEqual({
      format: 1,
      learnerName: '张三',
      courseId: 'crc-first-aider-theory',
      date: '2025-06-01',
      score: { correct: 27, total: 30, pct: 90 },
      profile: { id: 'crc', version: PROFILES.crc.version },
      paperSeed: 20250101,
      answersHash: answersHash(session.paper, session.answers),
    });
    expect(cert.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cert.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(cert.code).toBe(verificationCode(cert.hash));
  });

  it('is reproducible: the same exam gives the same hash and code', () => {
    expect(issue().cert).toEqual(issue().cert);
  });

  it('refuses a failed exam or a bad date', () => {
    const session = passedExam(10);
    const result = gradeExam(session, QUESTION_BANK, 80);
    const base = { learnerName: 'Li', courseId: 'c', date: '2025-06-01', profileVersion: '2025.1', session, result };
    expect(() => createCertificateRecord(base)).toThrow(QuizError);
    const ok = passedExam();
    const okResult = gradeExam(ok, QUESTION_BANK, 80);
    expect(() => createCertificateRecord({ ...base, session: ok, result: okResult, date: '2025-02-30' })).toThrow(QuizError);
    expect(() => createCertificateRecord({ ...base, session: ok, result: okResult, learnerName: '   ' })).toThrow(QuizError);
  });
});

describe('certificate verification', () => {
  it('succeeds for an untouched certificate', () => {
    const { cert } = issue();
    expect(verifyCertificate(cert)).toEqual({ valid: true });
    expect(verifyCertificate(structuredClone(cert))).toEqual({ valid: true });
  });

  const edits: [string, (c: Mutable) => void][] = [
    ['learner name', (c) => (c.record.learnerName = '李四')],
    ['course id', (c) => (c.record.courseId = 'other-course')],
    ['date', (c) => (c.record.date = '2025-06-02')],
    ['score correct', (c) => (c.record.score.correct = 28)],
    ['score total', (c) => (c.record.score.total = 31)],
    ['score percent', (c) => (c.record.score.pct = 95)],
    ['profile id', (c) => (c.record.profile.id = 'aha2025')],
    ['profile version', (c) => (c.record.profile.version = '2025.2')],
    ['paper seed', (c) => (c.record.paperSeed = 20250102)],
    ['answers hash', (c) => (c.record.answersHash = 'f'.repeat(64))],
    ['format', (c) => (c.record.format = 2)],
    ['stored hash', (c) => (c.hash = '0'.repeat(64))],
    ['code', (c) => (c.code = 'ZZZZ-ZZZZ-ZZZZ')],
    ['an added field', (c) => (c.record.passed = true)],
    ['a removed field', (c) => delete c.record.date],
  ];
  it.each(edits)('fails when the %s changes', (_name, edit) => {
    const { cert } = issue();
    const c = structuredClone(cert) as unknown as Mutable;
    edit(c);
    expect(verifyCertificate(c).valid).toBe(false);
  });

  it('fails for anything that is not a certificate', () => {
    expect(verifyCertificate(null)).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyCertificate({})).toEqual({ valid: false, reason: 'malformed' });
    expect(verifyCertificate('x')).toEqual({ valid: false, reason: 'malformed' });
  });

  it('accepts a typed code leniently but only the right one', () => {
    const { cert } = issue();
    const typed = cert.code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(normaliseCode(typed)).toBe(cert.code);
    expect(verifyCode(cert.record, typed)).toBe(true);
    expect(verifyCode(cert.record, 'AAAA-AAAA-AAAA')).toBe(false);
    expect(normaliseCode('too-short')).toBeNull();
  });

  it('round-trips through the QR payload and still verifies; a tampered payload does not', () => {
    const { cert } = issue();
    const payload = certificatePayload(cert);
    expect(JSON.parse(payload)).toMatchObject({ kind: 'rescuedrill.theory-certificate', sha256: cert.hash });
    const back = parseCertificatePayload(payload);
    expect(back).toEqual(cert);
    expect(verifyCertificate(back)).toEqual({ valid: true });
    const tampered = parseCertificatePayload(payload.replace('张三', '李四'));
    expect(tampered).not.toBeNull();
    expect(verifyCertificate(tampered).valid).toBe(false);
    expect(parseCertificatePayload('not json')).toBeNull();
    expect(parseCertificatePayload('{"kind":"other"}')).toBeNull();
  });

  it('matches the attempt it came from and not a changed one', () => {
    const { cert, session } = issue();
    expect(matchesAttempt(cert, session)).toBe(true);
    const q = session.paper.items[0];
    if (!q) throw new Error();
    const changed = { ...session, answers: { ...session.answers, [q.questionId]: { answer: { type: 'trueFalse' as const, value: true }, at: 1 } } };
    expect(matchesAttempt(cert, changed)).toBe(false);
  });

  it('hashes the canonical record, so a verifier elsewhere can recompute it', () => {
    const { cert } = issue();
    expect(recordHash(cert.record)).toBe(cert.hash);
  });

  it('normalises the learner name (NFC, trimmed, single spaces) before hashing', () => {
    const a = issue('Zoe\u0308   Li ').cert;
    const b = issue('Zoë Li').cert;
    expect(a.record.learnerName).toBe('Zoë Li');
    expect(a.hash).toBe(b.hash);
  });
});

import { PROFILE_IDS, type ProfileId } from '../protocol/profile';
import { canonicalJson } from './canonical';
import type { Paper } from './draw';
import type { ExamResult } from './result';
import type { AnsweredItem, ExamFinished } from './session';
import { sha256Hex } from './sha256';
import { QuizError } from './types';

/**
 * Certificate of theory completion.
 *
 * Design
 * - The record holds what the certificate states: learner name, course id, date, score, profile id
 *   and version, the paper's seed and a hash of the answers. The answers hash is SHA-256 of the
 *   canonical JSON of [{id, answer}] in paper order (with seed and profile), so the stored attempt
 *   can be matched to the certificate without printing the answers.
 * - `hash` = SHA-256 (hex) of the record's canonical JSON (RFC 8785 subset, see canonical.ts).
 * - `code` = the first 60 bits of `hash` in Crockford base32, as XXXX-XXXX-XXXX: short enough to
 *   type, and free of I/L/O/U so it survives being read aloud or handwritten.
 * - The QR code carries `certificatePayload()`: the record and its hash as canonical JSON.
 * - Verification recomputes the hash from the record and compares it with the stored hash and the
 *   printed code; any changed field changes the hash.
 *
 * What this proves: that the printed record was not altered after issue. It does not prove who
 * issued it: the hash is unkeyed (an offline app cannot keep a signing secret from its user), so
 * authenticity comes from looking the code up in the issuing learning record.
 *
 * SHA-256 is implemented in the core (sha256.ts) rather than injected, so checks are synchronous
 * and identical in the app, in tests and in any JCS + SHA-256 verifier elsewhere.
 */

export const CERTIFICATE_FORMAT = 1;
export const CERTIFICATE_PAYLOAD_KIND = 'rescuedrill.theory-certificate';

export interface CertificateRecord {
  readonly format: typeof CERTIFICATE_FORMAT;
  readonly learnerName: string;
  readonly courseId: string;
  /** Calendar date of the exam, YYYY-MM-DD, supplied by the caller. */
  readonly date: string;
  readonly score: { readonly correct: number; readonly total: number; readonly pct: number };
  readonly profile: { readonly id: ProfileId; readonly version: string };
  readonly paperSeed: number;
  readonly answersHash: string;
}

export interface Certificate {
  readonly record: CertificateRecord;
  readonly hash: string;
  readonly code: string;
}

export type CertificateCheck =
  | { readonly valid: true }
  | { readonly valid: false; readonly reason: 'malformed' | 'hashMismatch' | 'codeMismatch' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HEX64 = /^[0-9a-f]{64}$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** NFC, trimmed, inner runs of whitespace collapsed: the same name typed twice hashes the same. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

export function answersHash(paper: Paper, answers: Readonly<Record<string, AnsweredItem>>): string {
  return sha256Hex(
    canonicalJson({
      seed: paper.seed,
      profileId: paper.profileId,
      items: paper.items.map((i) => ({ id: i.questionId, answer: answers[i.questionId]?.answer ?? null })),
    }),
  );
}

export interface CertificateInput {
  readonly learnerName: string;
  readonly courseId: string;
  readonly date: string;
  readonly profileVersion: string;
  readonly session: ExamFinished;
  readonly result: ExamResult;
}

/** Builds the record for a passed exam; refuses a failed one or a result from another paper. */
export function createCertificateRecord(input: CertificateInput): CertificateRecord {
  const { session, result } = input;
  if (!result.passed) throw new QuizError('a certificate needs a passed exam');
  if (result.seed !== session.paper.seed || result.profileId !== session.paper.profileId) {
    throw new QuizError('result and session belong to different papers');
  }
  const learnerName = normaliseName(input.learnerName);
  if (learnerName === '') throw new QuizError('learner name is empty');
  if (input.courseId.trim() === '') throw new QuizError('course id is empty');
  if (!isCalendarDate(input.date)) throw new QuizError('date must be a calendar date YYYY-MM-DD');
  if (input.profileVersion.trim() === '') throw new QuizError('profile version is empty');
  return {
    format: CERTIFICATE_FORMAT,
    learnerName,
    courseId: input.courseId,
    date: input.date,
    score: { correct: result.correct, total: result.total, pct: result.scorePct },
    profile: { id: session.paper.profileId, version: input.profileVersion },
    paperSeed: session.paper.seed,
    answersHash: answersHash(session.paper, session.answers),
  };
}

export function recordHash(record: CertificateRecord): string {
  return sha256Hex(canonicalJson(record));
}

/** XXXX-XXXX-XXXX from the first 60 bits of a hex SHA-256. */
export function verificationCode(hashHex: string): string {
  if (!HEX64.test(hashHex)) throw new QuizError('expected a lower-case hex SHA-256');
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; out.length < 12; i += 2) {
    acc = ((acc << 8) | parseInt(hashHex.slice(i, i + 2), 16)) & 0x1fff;
    bits += 8;
    while (bits >= 5 && out.length < 12) {
      bits -= 5;
      out += CROCKFORD[(acc >> bits) & 31];
    }
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
}

/** Reads a typed code leniently (case, dashes, spaces, I/L→1, O→0); null if it cannot be a code. */
export function normaliseCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (s.length !== 12 || [...s].some((c) => !CROCKFORD.includes(c))) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

export function issueCertificate(record: CertificateRecord): Certificate {
  const r = checkRecord(record);
  if (r === null) throw new QuizError('malformed certificate record');
  const hash = recordHash(r);
  return { record: r, hash, code: verificationCode(hash) };
}

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function hasExactly(o: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The record if `x` has exactly the record's shape, else null (extra fields are refused too). */
export function checkRecord(x: unknown): CertificateRecord | null {
  if (!isPlain(x)) return null;
  const keys = ['format', 'learnerName', 'courseId', 'date', 'score', 'profile', 'paperSeed', 'answersHash'];
  if (!hasExactly(x, keys)) return null;
  const { format, learnerName, courseId, date, score, profile, paperSeed, answersHash: ah } = x;
  if (format !== CERTIFICATE_FORMAT) return null;
  if (typeof learnerName !== 'string' || learnerName === '' || normaliseName(learnerName) !== learnerName) return null;
  if (typeof courseId !== 'string' || courseId === '') return null;
  if (typeof date !== 'string' || !isCalendarDate(date)) return null;
  if (!isPlain(score) || !hasExactly(score, ['correct', 'total', 'pct'])) return null;
  if (!isCount(score.correct) || !isCount(score.total) || !isCount(score.pct)) return null;
  if (score.correct > score.total || score.pct > 100) return null;
  if (!isPlain(profile) || !hasExactly(profile, ['id', 'version'])) return null;
  if (!(PROFILE_IDS as readonly unknown[]).includes(profile.id) || typeof profile.version !== 'string') return null;
  if (typeof paperSeed !== 'number' || !Number.isInteger(paperSeed) || paperSeed < 0 || paperSeed > 0xffffffff) {
    return null;
  }
  if (typeof ah !== 'string' || !HEX64.test(ah)) return null;
  return x as unknown as CertificateRecord;
}

/** Recomputes the hash and code from the record; any edited field, hash or code fails. */
export function verifyCertificate(cert: unknown): CertificateCheck {
  if (!isPlain(cert) || !hasExactly(cert, ['record', 'hash', 'code'])) return { valid: false, reason: 'malformed' };
  const record = checkRecord(cert.record);
  if (record === null || typeof cert.hash !== 'string' || typeof cert.code !== 'string') {
    return { valid: false, reason: 'malformed' };
  }
  const hash = recordHash(record);
  if (hash !== cert.hash) return { valid: false, reason: 'hashMismatch' };
  if (normaliseCode(cert.code) !== verificationCode(hash)) return { valid: false, reason: 'codeMismatch' };
  return { valid: true };
}

/** Checks a code typed by an examiner against a record (e.g. one read from the QR code). */
export function verifyCode(record: CertificateRecord, typedCode: string): boolean {
  const r = checkRecord(record);
  return r !== null && normaliseCode(typedCode) === verificationCode(recordHash(r));
}

/** Checks a certificate against the stored attempt it claims to come from. */
export function matchesAttempt(cert: Certificate, session: ExamFinished): boolean {
  return (
    cert.record.paperSeed === session.paper.seed &&
    cert.record.profile.id === session.paper.profileId &&
    cert.record.answersHash === answersHash(session.paper, session.answers)
  );
}

/** Text for the QR code: the record and its hash, as canonical JSON. */
export function certificatePayload(cert: Certificate): string {
  return canonicalJson({ kind: CERTIFICATE_PAYLOAD_KIND, record: cert.record, sha256: cert.hash });
}

/** Reads a QR payload back into a certificate to verify; null if it is not one. */
export function parseCertificatePayload(text: string): Certificate | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPlain(data) || data.kind !== CERTIFICATE_PAYLOAD_KIND || typeof data.sha256 !== 'string') return null;
  if (!HEX64.test(data.sha256)) return null;
  const record = checkRecord(data.record);
  if (record === null) return null;
  return { record, hash: data.sha256, code: verificationCode(data.sha256) };
}

/**
 * Analyse a recorded CPR trace with the same core the app uses.
 *
 *   npm run analyze -- <file.csv|file.json> [--profile crc|aha2025|erc2025] [--patient adult|child|infant]
 *                      [--rescuers 1|2] [--summary]
 *
 * Prints the attempt metrics (plus tips) as JSON on stdout. `--summary` leaves out the per-compression
 * list. A malformed file prints `file:line: message` on stderr and exits 1; bad arguments exit 2.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeAttempt, parseTraceDocument, targetsFor, tipsFor, TraceError, SampleError } from '../src/core/cpr/index';
import { PATIENTS, PROFILE_IDS, type Patient, type ProfileId } from '../src/core/protocol/profile';
import { getProfile } from '../src/content/protocols/index';

/** English for the CLI only; the app renders the same keys through i18n. */
const MESSAGES: Record<string, string> = {
  'error.trace.badJson': 'invalid JSON ({what})',
  'error.trace.badShape': 'unexpected structure (expected {expected})',
  'error.trace.badHeader': 'unrecognised header "{header}" (expected {expected})',
  'error.trace.missingField': 'missing value for {column}',
  'error.trace.badNumber': 'not a number in {column}: "{value}"',
  'error.trace.badHand': 'hand must be ok/bad or 1/0, got "{value}"',
  'error.sample.nan': '{field} is not a number',
  'error.sample.notFinite': '{field} is not finite',
  'error.sample.negativeDepth': 'negative depth {depthMm} mm',
  'error.sample.tooDeep': 'depth {depthMm} mm is deeper than {maxMm} mm',
  'error.sample.timeBackwards': 'time goes back {backMs} ms (from {previousT} to {t}; at most {maxBackMs} ms allowed)',
  'error.sample.badSource': 'unknown source "{source}"',
  'error.sample.badKind': 'unknown kind "{kind}"',
  'error.sample.notObject': 'sample is not an object',
};

function render(key: string, params: Readonly<Record<string, unknown>>): string {
  const template = MESSAGES[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

function usage(problem: string): never {
  process.stderr.write(
    `${problem}\nusage: npm run analyze -- <file.csv|file.json> [--profile ${PROFILE_IDS.join('|')}] ` +
      `[--patient ${PATIENTS.join('|')}] [--rescuers 1|2] [--summary]\n`,
  );
  process.exit(2);
}

function main(argv: string[]): void {
  let file: string | undefined;
  let profileId: ProfileId = 'crc';
  let patient: Patient = 'adult';
  let rescuers: 1 | 2 = 1;
  let summary = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--profile') {
      const v = next();
      if (!(PROFILE_IDS as readonly string[]).includes(v)) usage(`unknown profile "${v}"`);
      profileId = v as ProfileId;
    } else if (a === '--patient') {
      const v = next();
      if (!(PATIENTS as readonly string[]).includes(v)) usage(`unknown patient "${v}"`);
      patient = v as Patient;
    } else if (a === '--rescuers') {
      const v = next();
      if (v !== '1' && v !== '2') usage(`--rescuers must be 1 or 2`);
      rescuers = v === '2' ? 2 : 1;
    } else if (a === '--summary') summary = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else usage(`unexpected argument ${a}`);
  }
  if (file === undefined) usage('missing trace file');

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as Error).message})\n`);
    process.exit(1);
  }

  try {
    const doc = parseTraceDocument(text, basename(file));
    const targets = targetsFor(getProfile(profileId), patient, { rescuers });
    const options: Parameters<typeof analyzeAttempt>[2] = {};
    if (doc.breaths !== undefined) options.breaths = doc.breaths;
    if (doc.plannedPauses !== undefined) options.plannedPauses = doc.plannedPauses;
    const metrics = analyzeAttempt(doc.samples, targets, options);
    const out = { file: basename(file), format: doc.format, ...metrics, tips: tipsFor(metrics) };
    if (summary) (out as { compressions?: unknown }).compressions = undefined;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } catch (e) {
    if (e instanceof TraceError) {
      process.stderr.write(`${file}:${e.line}: ${render(e.key, e.params)} [${e.key}]\n`);
      process.exit(1);
    }
    if (e instanceof SampleError) {
      process.stderr.write(`${file}: ${render(e.key, e.params)} [${e.key}]\n`);
      process.exit(1);
    }
    throw e;
  }
}

main(process.argv.slice(2));

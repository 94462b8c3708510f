/**
 * The two SCORM run-time APIs as an LMS exposes them to a launched SCO, and the standard way of
 * finding them: walk up `window.parent` a bounded number of times, then do the same from
 * `window.opener`. SCORM 1.2 names its object `API`, SCORM 2004 `API_1484_11`.
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

export type ScormVersion = '1.2' | '2004';

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How many parents are tried before giving up (the ADL examples use a small bound too). */
export const MAX_PARENT_HOPS = 16;

/** The window-like shape the search needs; a real `Window` fits, and so does a test double. */
export interface ApiHost {
  parent?: ApiHost | null;
  opener?: ApiHost | null;
  [name: string]: unknown;
}

function isApi12(v: unknown): v is Scorm12Api {
  return typeof v === 'object' && v !== null && typeof (v as Scorm12Api).LMSInitialize === 'function';
}

function isApi2004(v: unknown): v is Scorm2004Api {
  return typeof v === 'object' && v !== null && typeof (v as Scorm2004Api).Initialize === 'function';
}

/** Reads a property of another frame; a cross-origin frame throws, which ends that branch of the search. */
function peek(win: ApiHost, name: string): unknown {
  try {
    return win[name];
  } catch {
    return undefined;
  }
}

function lookIn(win: ApiHost, prefer: readonly ScormVersion[]): FoundApi | undefined {
  for (const v of prefer) {
    if (v === '2004') {
      const api = peek(win, 'API_1484_11');
      if (isApi2004(api)) return { version: '2004', api };
    } else {
      const api = peek(win, 'API');
      if (isApi12(api)) return { version: '1.2', api };
    }
  }
  return undefined;
}

function walkUp(start: ApiHost, prefer: readonly ScormVersion[]): FoundApi | undefined {
  let win: ApiHost | null | undefined = start;
  for (let hops = 0; win && hops <= MAX_PARENT_HOPS; hops++) {
    const found = lookIn(win, prefer);
    if (found) return found;
    const parent = peek(win, 'parent') as ApiHost | null | undefined;
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/**
 * Finds the LMS's API for a SCO running in `win`. `prefer` orders the versions looked for in each
 * window (the launch URL says which one the package was made for); both are always tried.
 */
export function findScormApi(win: ApiHost, prefer: ScormVersion = '2004'): FoundApi | undefined {
  const order: readonly ScormVersion[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  const found = walkUp(win, order);
  if (found) return found;
  const opener = peek(win, 'opener') as ApiHost | null | undefined;
  return opener ? walkUp(opener, order) : undefined;
}

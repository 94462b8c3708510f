import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Starts the test LRS (npm xapi-statements, in memory) with its cmi5 LMS stand-in as a child
 * process on 127.0.0.1 and talks to it. Test-only.
 */
export interface TestLrs {
  port: number;
  base: string;
  endpoint: string;
  statements(): Promise<StoredStatement[]>;
  faults(f: { dropAfterStore: number }): Promise<void>;
  launch(body: { activityId: string; actor: unknown; launchMode?: string; masteryScore?: number; moveOn?: string; returnURL?: string }): Promise<{
    registration: string;
    endpoint: string;
    fetch: string;
    actor: unknown;
    activityId: string;
  }>;
  stop(): Promise<void>;
}

export interface StoredStatement {
  id: string;
  actor: { name?: string; account?: { homePage: string; name: string } };
  verb: { id: string };
  object: { id: string };
  result?: { score?: { scaled?: number; raw?: number }; success?: boolean; completion?: boolean; extensions?: Record<string, unknown> };
  context?: { registration?: string; contextActivities?: { category?: { id: string }[] }; extensions?: Record<string, unknown> };
  timestamp: string;
  stored: string;
}

const HEADERS = { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from('test:test').toString('base64')}` };

export async function startLrs(port: number): Promise<TestLrs> {
  const script = fileURLToPath(new URL('./lrsServer.cjs', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, [script, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('test LRS did not start')), 30_000);
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes(`ready ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test LRS exited (${code}): ${err.slice(-500)}`));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const endpoint = `${base}/xAPI/`;
  return {
    port,
    base,
    endpoint,
    async statements() {
      const out: StoredStatement[] = [];
      let url: string | null = `${endpoint}statements?limit=500`;
      while (url) {
        const res = await fetch(url, { headers: HEADERS });
        if (!res.ok) throw new Error(`GET statements: ${res.status}`);
        const body = (await res.json()) as { statements: StoredStatement[]; more?: string };
        out.push(...body.statements);
        url = body.more ? new URL(body.more, base).href : null;
      }
      return out;
    },
    async faults(f) {
      await fetch(`${base}/lms/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(f) });
    },
    async launch(body) {
      const res = await fetch(`${base}/lms/launch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`launch: ${res.status} ${await res.text()}`);
      return (await res.json()) as Awaited<ReturnType<TestLrs['launch']>>;
    },
    stop() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      });
    },
  };
}

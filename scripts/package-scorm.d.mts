import type { ScormVersion } from './scorm-manifest.mjs';
export declare const OUT_DIR: string;
export declare function excluded(path: string): boolean;
export declare function listFiles(dir: string): string[];
export declare function buildApp(outDir: string): Promise<void>;
export declare function packageEntries(
  appDir: string,
  version: ScormVersion,
): { entries: Record<string, [Uint8Array, { level: 0 | 6 }]>; files: string[]; manifest: string };
export declare function writePackages(appDir: string, outDir?: string): Record<ScormVersion, string>;

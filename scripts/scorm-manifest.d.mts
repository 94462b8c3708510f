export type ScormVersion = '1.2' | '2004';
export declare const MASTERY_SCORE: number;
export declare const TITLES: { organization: string; item: string };
export declare function launchHref(version: ScormVersion): string;
export declare function escapeXml(s: string): string;
export declare function manifest12(opts: { files: string[]; version: string; identifier?: string }): string;
export declare function manifest2004(opts: { files: string[]; version: string; identifier?: string }): string;

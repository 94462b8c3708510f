export { findScormApi, MAX_PARENT_HOPS } from './api';
export type { ApiHost, FoundApi, Scorm12Api, Scorm2004Api, ScormVersion } from './api';
export { createScormReporter, preferredVersion, SCORM_NOTICES } from './reporter';
export type { ScormNotify, ScormOptions, ScormReporter } from './reporter';
export { scorm12Time, scorm2004Time } from './time';

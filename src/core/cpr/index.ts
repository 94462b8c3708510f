/** The CPR quality engine: pure, deterministic, no DOM and no clock. See README.md for definitions. */
export * from './errors';
export * from './sample';
export * from './targets';
export * from './compression';
export { DETECTOR_DEFAULTS, type DetectorSettings } from './depthDetector';
export { createCompressionDetector, type CompressionDetector } from './detector';
export * from './metrics';
export * from './score';
export * from './coach';
export * from './tips';
export { parseTrace, parseTraceDocument, parseCsvTrace, parseJsonTrace, detectFormat, type TraceDocument, type TraceFormat } from './trace';
export * from './synthetic';

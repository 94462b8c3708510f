export { createXapiRecords, launchedLearnerId, CONFIG_KEY, SESSION_KEY } from './service';
export type { RecordSink, KeyValue, XapiRecords, XapiRecordsOptions } from './service';
export { parseLaunchParams } from './cmi5';
export type { LaunchParams } from './cmi5';
export { ASSIGNABLE_UNITS, cmi5Xml } from './course';
export { XAPI_NS } from './iri';

import { mergeLocale } from './tree';
import base from './zh-CN.json';
import scenario from './scenario.zh-CN.json';
import theory from './theory.zh-CN.json';
import exchange from './exchange.zh-CN.json';
import choking from './choking.zh-CN.json';
import records from './records.zh-CN.json';
import firstaid from './firstaid.zh-CN.json';

/** Every UI string in Simplified Chinese (one chunk: the app loads only the language it shows). */
export default mergeLocale([base, scenario, theory, exchange, choking, records, firstaid]);

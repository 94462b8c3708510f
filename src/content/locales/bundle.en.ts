import { mergeLocale } from './tree';
import base from './en.json';
import scenario from './scenario.en.json';
import theory from './theory.en.json';
import exchange from './exchange.en.json';
import choking from './choking.en.json';
import records from './records.en.json';
import firstaid from './firstaid.en.json';

/** Every UI string in English (one chunk: the app loads only the language it shows). */
export default mergeLocale([base, scenario, theory, exchange, choking, records, firstaid]);

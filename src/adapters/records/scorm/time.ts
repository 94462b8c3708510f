/**
 * Session time in the two formats SCORM asks for. 1.2 wants CMITimespan `HHHH:MM:SS.SS`
 * (hours at least two digits); 2004 wants an ISO 8601 duration such as `PT1H2M3.45S`.
 */
export function scorm12Time(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.min(9999, Math.floor(cs / 360_000));
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const frac = cs % 100;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${p2(h)}:${p2(m)}:${p2(s)}.${p2(frac)}`;
}

export function scorm2004Time(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}

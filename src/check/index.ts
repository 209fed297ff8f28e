// text -> Finding[]: what must not be sent to a buyer.
import type { Finding } from '../model.ts';

const LINK = /\bhttps?:\/\/[^\s<>"]+/gi;

export function check(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(LINK)) {
    if (/^https?:\/\/([a-z0-9-]+\.)*amazon\.[a-z.]+(\/|$)/i.test(m[0])) continue;
    findings.push({ kind: 'link', text: m[0], start: m.index, end: m.index + m[0].length, severity: 'block', rule: 'MSG-PROHIBITED' });
  }
  return findings;
}

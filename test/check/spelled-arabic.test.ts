// Arabic number words in groups separated by the Arabic comma "،" (or joined by "و" as a word of its own) are one
// number, as they are when the groups are separated by ",".
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.ts';

const phones = (text: string) => check(text).filter((f) => f.kind === 'phone').map((f) => f.text);

describe('spelled-out Arabic digit groups', () => {
  const groups = 'صفر خمسة خمسة، واحد اثنان ثلاثة، أربعة خمسة ستة سبعة';

  it('are one number across the Arabic comma, as across ","', () => {
    expect(phones(`اتصل بي على ${groups}`)).toContain(groups);
    expect(phones(`اتصل بي على ${groups.replaceAll('،', ',')}`)).toContain(groups.replaceAll('،', ','));
    expect(phones(`اتصل بي على ${groups.replaceAll('،', ' ،')}`)).toContain(groups.replaceAll('،', ' ،'));
    expect(phones(`رقمي ${groups} ثمانية`)).toContain(`${groups} ثمانية`);
  });

  it('are one number joined by "و" standing alone', () => {
    const joined = groups.replaceAll('،', ' و');
    expect(phones(`اتصل بي على ${joined}`)).toContain(joined);
  });

  it('a comma between two small numbers in a sentence is no phone number', () => {
    expect(check('شكراً لك، وصل الطلب في يومين، ثلاثة أيام قبل الموعد').filter((f) => f.kind === 'phone')).toEqual([]);
  });
});

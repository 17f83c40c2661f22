// The reason shown with a measure that could not be done: the kind in the reader's language, the report's words after.
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages';
import { reasonText } from './status-reason';

describe('reasonText', () => {
  const th = translator('th');
  const en = translator('en');
  it('names the kind and adds the words the report used', () => {
    expect(reasonText('no_budget', 'งบประมาณถูกโอนไปใช้ในภารกิจเร่งด่วน', th)).toBe(
      'ไม่ได้รับงบประมาณ: งบประมาณถูกโอนไปใช้ในภารกิจเร่งด่วน',
    );
    expect(reasonText('no_staff', null, en)).toBe('Not enough staff');
  });
  it('says a reason once when the words are the kind itself, and keeps words of an unknown kind', () => {
    expect(reasonText('no_budget', 'ไม่ได้รับงบประมาณ', th)).toBe('ไม่ได้รับงบประมาณ');
    expect(reasonText('weather', 'น้ำท่วม', th)).toBe('น้ำท่วม');
    expect(reasonText(null, null, th)).toBeNull();
  });
});

// Converter markup removed from text: tags, entities, **bold**, # headings; paragraphs kept as lines.
import { describe, expect, it } from 'vitest';
import { cleanValue, decodeEntities, plainText, stripTags } from './markup';

describe('plainText', () => {
  it.each([
    ['<p>มาตรการการตรวจสอบ</p>', 'มาตรการการตรวจสอบ'],
    [
      '<ul style="x"> <li>- รอบ ๖ เดือน</li> <li>- รอบ ๑๒ เดือน</li> </ul>',
      '- รอบ ๖ เดือน\n- รอบ ๑๒ เดือน',
    ],
    ['**รายงานผล**  ', 'รายงานผล'],
    ['## บันทึกข้อความ', 'บันทึกข้อความ'],
    ['บุคลากร<b>เข้าใจ</b>เรื่อง', 'บุคลากรเข้าใจเรื่อง'],
    ['ก&nbsp;&nbsp;ข &amp; ค &#3585; &#x0E02;', 'ก ข & ค ก ข'],
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['<!-- comment -->ก<style>p{x:1}</style>ข', 'กข'],
    ['&lt;b&gt;ตัวหนา&lt;/b&gt;', 'ตัวหนา'],
    ['<<b>b>ข้อความ</b>', 'ข้อความ'],
    ['a < b และ c > d', 'a < b และ c > d'],
    ['\u200bก\u00adข', 'กข'],
  ])('%j → %j', (raw, expected) => {
    expect(plainText(raw)).toBe(expected);
  });
});

describe('cleanValue and stripTags', () => {
  it('joins paragraphs with single spaces', () => {
    expect(cleanValue('<p>๑. ก</p>\n\n<p>๒.  ข</p>')).toBe('๑. ก ๒. ข');
  });
  it('leaves no tag however deeply nested', () => {
    const deep = `${'<'.repeat(30)}b${'>b'.repeat(30)}x`;
    expect(stripTags(deep)).not.toMatch(/<\/?[a-zA-Z][^<>]*>/);
  });
  it('keeps unknown entities as written', () => {
    expect(decodeEntities('&foo; &#0; &#xD800;')).toBe('&foo;    ');
  });
});

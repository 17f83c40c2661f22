// Categories from the taxonomy data: the name's most specific subject is the main category.
import { describe, expect, it } from 'vitest';
import { categorize, loadTaxonomy } from './measure-category';

describe('categorize', () => {
  it.each([
    ['มาตรการจัดทำคู่มือการใช้ทรัพย์สินของราชการ', '', 'asset_use'],
    ['มาตรการตรวจสอบการใช้ดุลพินิจ', '', 'discretion_review'],
    ['มาตรการป้องกันการรับสินบน (No Gift Policy)', '', 'anti_bribery'],
    ['มาตรการจัดการเรื่องร้องเรียนการทุจริต', '', 'complaints'],
    ['การให้บริการและ ระบบ E-Service', '', 'e_service'],
    ['มาตรการเสริมสร้างความซื่อสัตย์สุจริต', 'อบรมคุณธรรมจริยธรรม ส่งเสริมคุณธรรม จัดทำคู่มือ', 'ethics_culture'],
    ['มาตรการที่ไม่เข้าพวก', 'ไม่มีคำใดตรง', 'other'],
  ])('%s → %s', (name, body, category) => expect(categorize(name, body).category).toBe(category));

  it('keeps the other subjects of the name as secondary', () => {
    expect(categorize('มาตรการจัดทำคู่มือการใช้ทรัพย์สินของราชการ', '').others).toEqual(['work_standards']);
  });

  it('matches Latin cues as whole words only', () => {
    expect(categorize('ระบบ online ของ guideline', '').category).toBe('other');
    expect(categorize('ประชาสัมพันธ์ผ่าน Line และ Facebook', '').category).toBe('communication');
  });

  it('takes the targeted indicators of the main category from the data file', () => {
    const asset = loadTaxonomy().find((c) => c.id === 'asset_use')!;
    expect(categorize('มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ', '').indicators).toEqual(
      asset.indicators,
    );
  });
});

// Measure names matched across plan and result tables despite spelling, spacing and numbering.
import { describe, expect, it } from 'vitest';
import { nameSimilarity, normalizeMeasureName } from './name-match';

const sim = (a: string, b: string) =>
  nameSimilarity(normalizeMeasureName(a), normalizeMeasureName(b));

describe('normalizeMeasureName', () => {
  it.each([
    ['มาตรการการตรวจสอบการใช้ดุลยพินิจ', 'ตรวจสอบการใช้ดุลยพินิจ'],
    ['มาตรการตรวจสอบการใช้ดุลพินิจ', 'ตรวจสอบการใช้ดุลยพินิจ'],
    ['๑. มาตรการ เผยแพร่ข้อมูล ต่อสาธารณะ', 'เผยแพร่ข้อมูลต่อสาธารณะ'],
    ['มาตรการที่ ๒ ป้องกันการรับสินบน', 'ป้องกันการรับสินบน'],
    ['การให้บริการและ ระบบ E-Service', 'ให้บริการและระบบeservice'],
  ])('%s → %s', (name, norm) => expect(normalizeMeasureName(name)).toBe(norm));
});

describe('nameSimilarity', () => {
  it.each([
    [
      'มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตัวกับผลประโยชน์ส่วนรวม',
      'มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม',
    ],
    [
      'มาตรการ และ แนวทางปฏิบัติ เกี่ยวกับการจัดการ ข้อร้องเรียน',
      'มาตรการและแนวทางปฏิบัติเกี่ยวกับการจัดการข้อร้องเรียน',
    ],
    ['มาตรการกำกับดูแลการใช้ทรัพย์สินของทางราชการ', 'มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ'],
  ])('finds %s and %s the same', (a, b) => expect(sim(a, b)).toBeGreaterThanOrEqual(0.9));

  it.each([
    ['มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'มาตรการป้องกันการรับสินบน'],
    ['มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง', 'มาตรการตรวจสอบการใช้ดุลยพินิจ'],
  ])('tells %s from %s', (a, b) => expect(sim(a, b)).toBeLessThan(0.5));

  it('gives nothing for empty names', () => expect(nameSimilarity('', 'ก')).toBe(0));
});

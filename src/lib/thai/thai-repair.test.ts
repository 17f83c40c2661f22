import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairThai } from './thai-repair';

describe('repairThai', () => {
  it.each([
    // spaces inside words, as pdftotext and PDF producers leave them
    ['ดำเนิ นการ', 'ดำเนินการ'],
    ['สำนั กปลัด', 'สำนักปลัด'],
    ['หน่ วยงาน', 'หน่วยงาน'],
    ['ป้ องกัน', 'ป้องกัน'],
    ['เป็ นไปตาม', 'เป็นไปตาม'],
    ['ปั จจุบัน', 'ปัจจุบัน'],
    ['เปิ ดเผย', 'เปิดเผย'],
    ['ประจำปี งบประมาณ', 'ประจำปี งบประมาณ'],
    ['ประชาสั มพันธ์', 'ประชาสัมพันธ์'],
    ['ไ ด้รับ', 'ได้รับ'],
    ['แ ละ', 'และ'],
    ['ร ายงาน ผล', 'รายงาน ผล'],
    ['ผ ลการด าเนินงาน', 'ผ ลการดาเนินงาน'],
    // detached and reordered marks
    ['ขัน ้ ตอน', 'ขั้นตอน'],
    ['ขัน้ตอน', 'ขั้นตอน'],
    ['ชือ่', 'ชื่อ'],
    ['เมือ่', 'เมื่อ'],
    ['ทัง้นี้', 'ทั้งนี้'],
    ['ผลสัมฤทธิใ์ น', 'ผลสัมฤทธิ์ใน'],
    ['ก่ิง', 'กิ่ง'],
    ['สิ ่ง', 'สิ่ง'],
    // SARA AM written as NIKHAHIT + SARA AA, and LibreOffice's duplicate SARA AA
    ['ดํา เนิน', 'ดำ เนิน'],
    ['จํานวน', 'จำนวน'],
    ['น้ํา', 'น้ำ'],
    ['นํ้า', 'น้ำ'],
    ['องค์การบริหารส่วนตำาบล', 'องค์การบริหารส่วนตำบล'],
    ['ประจำ าปี', 'ประจำปี'],
    ['คะแนนตำ่าสุด', 'คะแนนต่ำสุด'],
    ['ตำ่', 'ต่ำ'],
    // private-use glyphs of Thai fonts and the NUL some producers write for unmapped glyphs
    ['ห\uF70Fิง', 'หญิง'],
    ['ก\uF713\uF710ว', 'กั่ว'],
    ['ป\uF702', 'ปี'],
    ['ท\uF702\uF70A', 'ที่'],
    ['\uF700าน', 'ฐาน'],
    ['ก\u0000ร', 'กร'],
    // NFC: a tone mark typed before a lower vowel
    ['ก\u0E48\u0E38', 'ก\u0E38\u0E48'],
    // Latin, digits and punctuation are left alone
    ['ITA 2567 - 85.5 %', 'ITA 2567 - 85.5 %'],
  ])('%s → %s', (broken, repaired) => {
    expect(repairThai(broken)).toBe(repaired);
  });

  it.each([
    'มีส่วนร่วม',
    'มีค่า',
    'ก็ได้',
    'ก็ ได้',
    'แม่ น้ำ',
    'ไม่ ทำ',
    'ที่ นี่',
    'กินข้าว',
    'สินค้า',
    'คือว่า',
    'กันน้ำ',
    'ก๋วยเตี๋ยว',
    'มีก๋วยเตี๋ยว',
    'ประชาสัมพันธ์',
    'ฉันท์',
  ])('leaves the correct %s as it is', (text) => {
    expect(repairThai(text)).toBe(text);
  });

  it('changes no line of the three sample reports, which are correct text', () => {
    for (const name of fs.readdirSync('data/reports').filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(`data/reports/${name}`, 'utf8').normalize('NFC');
      const changed = text.split('\n').filter((l) => repairThai(l) !== l);
      expect(changed, name).toEqual([]);
    }
  });
});

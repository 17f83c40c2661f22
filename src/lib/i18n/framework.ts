// Interface text about the framework itself, shared by pages and exports: the parts of a year's national target and
// ratings computed from incomplete tools.
import { defineMessages } from './define';

export const frameworkMessages = defineMessages({
  th: {
    'target.share': 'ผ่าน {mark} คะแนนขึ้นไป {share} ของหน่วยงาน',
    'target.mean': 'คะแนนเฉลี่ย {mean} ขึ้นไป',
    'target.part': '{part}: {status}',
    'target.mean_kpi': 'เป้าหมายคะแนนเฉลี่ย {mean} · {status}',
    'target.year': 'เป้าหมายประเทศปี {year}',
    'target.mean_areas': 'คะแนนเฉลี่ยต่ำกว่าเป้าหมาย {mean} คะแนน {below} จาก {areas} พื้นที่',
    'rating.incomplete': 'คำนวณจากเครื่องมือไม่ครบ',
    'rating.incomplete_note':
      'ผลการประเมิน {orgs} หน่วยงานในปี {year} คำนวณจากเครื่องมือไม่ครบ: ไม่มีคะแนน EIT ส่วนที่ 1 และ 2 จึงใช้คะแนน EIT รวมแทน',
  },
  en: {
    'target.share': '{share} of agencies at {mark} or more',
    'target.mean': 'a national mean of {mean} or more',
    'target.part': '{part}: {status}',
    'target.mean_kpi': 'Target mean {mean} · {status}',
    'target.year': 'National target FY {year}',
    'target.mean_areas': '{below} of {areas} areas have a mean below the target of {mean}.',
    'rating.incomplete': 'computed from incomplete tools',
    'rating.incomplete_note':
      '{orgs} ratings in FY {year} computed from incomplete tools: no EIT part 1 and 2 scores, so the overall EIT stands in',
  },
});

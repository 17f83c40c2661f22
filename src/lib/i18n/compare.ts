// Interface text of the compare page (/compare?orgs=…).
import { defineMessages } from './define';

export const compareMessages = defineMessages({
  th: {
    'cmp.title': 'เปรียบเทียบหน่วยงาน',
    'cmp.lead': 'เลือกได้ 2 ถึง {max} หน่วยงาน ลิงก์ของหน้านี้เก็บรายชื่อและปีไว้ ส่งต่อให้ผู้อื่นได้',
    'cmp.picker.chosen': 'หน่วยงานที่เลือก',
    'cmp.picker.remove': 'นำ {name} ออก',
    'cmp.picker.add': 'เพิ่มหน่วยงาน (สูงสุด {max} แห่ง)',
    'cmp.picker.results': 'ผลการค้นหา',
    'cmp.problem.unknown': 'ไม่พบหน่วยงานรหัส {codes} จึงไม่ได้นำมาเปรียบเทียบ',
    'cmp.problem.too_many':
      'เปรียบเทียบได้ครั้งละไม่เกิน {max} หน่วยงาน: ไม่ได้แสดง {codes} (นำบางแห่งออกก่อนแล้วเพิ่มใหม่)',
    'cmp.empty': 'ยังไม่ได้เลือกหน่วยงาน: ค้นหาด้วยชื่อหรือรหัสในช่องด้านบนเพื่อเพิ่ม',
    'cmp.one': 'เพิ่มอีกอย่างน้อยหนึ่งหน่วยงานเพื่อเปรียบเทียบ',
    'cmp.col.org': 'หน่วยงาน',
    'cmp.col.measures': 'จำนวนมาตรการ',
    'cmp.col.completed': 'ดำเนินการแล้ว',
    'cmp.col.completed_share': 'สัดส่วนที่ดำเนินการแล้ว',
    'cmp.chart.profile.title': 'คะแนนรายตัวชี้วัด ปีงบประมาณ {year}',
    'cmp.chart.profile.subtitle':
      'แต่ละแถวคือตัวชี้วัด จุดสีคือหน่วยงาน แถบเทาคือช่วงจากต่ำสุดถึงสูงสุดของหน่วยงานที่เลือก เส้นประคือเกณฑ์ผ่าน',
    'cmp.chart.profile.summary':
      'ต่างกันมากที่สุดที่ตัวชี้วัดที่ {code} {name}: {high} ได้ {high_value} แต่ {low} ได้ {low_value}',
    'cmp.chart.profile.none': 'ไม่มีคะแนนรายตัวชี้วัดของหน่วยงานที่เลือกในปีงบประมาณ {year}',
    'cmp.chart.totals.title': 'คะแนนรวม ITA รายปี',
    'cmp.chart.totals.subtitle': 'เส้นละหนึ่งหน่วยงาน เส้นประสีแดงคือเกณฑ์ผ่าน',
    'cmp.chart.totals.y': 'คะแนนรวม',
    'cmp.chart.totals.summary':
      'ปีงบประมาณ {year}: สูงสุด {best} ({best_total}) ต่ำสุด {worst} ({worst_total}) ผ่านเกณฑ์ {passed} จาก {orgs} แห่ง',
    'cmp.chart.completion.title': 'สัดส่วนมาตรการที่ดำเนินการแล้ว รอบ 6 และ 12 เดือน',
    'cmp.chart.completion.subtitle':
      'แต่ละช่องคือร้อยละของมาตรการของหน่วยงานในปีนั้นที่รายงานว่าดำเนินการแล้วในรอบนั้น',
    'cmp.chart.completion.legend': 'ดำเนินการแล้ว (%)',
    'cmp.chart.completion.tip': 'ดำเนินการแล้ว {completed} จาก {measures} มาตรการ ({share}%)',
    'cmp.chart.completion.summary':
      'รอบ 12 เดือน ปีงบประมาณ {year}: ดำเนินการแล้วมากที่สุด {best} ({best_share}) น้อยที่สุด {worst} ({worst_share})',
    'cmp.chart.completion.none': 'ยังไม่มีรายงานรอบ 12 เดือนของหน่วยงานที่เลือก',
  },
  en: {
    'cmp.title': 'Compare organisations',
    'cmp.lead':
      "Choose 2 to {max} organisations. The page's link keeps the list and the year: share it as it is",
    'cmp.picker.chosen': 'Organisations chosen',
    'cmp.picker.remove': 'Remove {name}',
    'cmp.picker.add': 'Add an organisation (at most {max})',
    'cmp.picker.results': 'Search results',
    'cmp.problem.unknown': 'No organisation has the code {codes}: left out of the comparison',
    'cmp.problem.too_many':
      'At most {max} organisations can be compared at once: {codes} not shown (remove some first, then add)',
    'cmp.empty': 'No organisation chosen yet: search by name or code above to add one',
    'cmp.one': 'Add at least one more organisation to compare',
    'cmp.col.org': 'Organisation',
    'cmp.col.measures': 'Measures',
    'cmp.col.completed': 'Completed',
    'cmp.col.completed_share': 'Share completed',
    'cmp.chart.profile.title': 'Indicator scores, FY {year}',
    'cmp.chart.profile.subtitle':
      'A row per indicator, a coloured dot per organisation; the grey bar spans the lowest to the highest of those chosen; the dashed line is the pass mark',
    'cmp.chart.profile.summary':
      'They differ most on indicator {code} {name}: {high} scored {high_value}, {low} {low_value}',
    'cmp.chart.profile.none': 'No indicator scores for the organisations chosen in FY {year}',
    'cmp.chart.totals.title': 'ITA total score by year',
    'cmp.chart.totals.subtitle': 'One line per organisation; the red dashed line is the pass mark',
    'cmp.chart.totals.y': 'Total score',
    'cmp.chart.totals.summary':
      'FY {year}: highest {best} ({best_total}), lowest {worst} ({worst_total}); {passed} of {orgs} passed',
    'cmp.chart.completion.title': 'Share of measures completed at 6 and 12 months',
    'cmp.chart.completion.subtitle':
      "Each cell is the share of an organisation's measures of that year reported as completed in that round",
    'cmp.chart.completion.legend': 'Completed (%)',
    'cmp.chart.completion.tip': '{completed} of {measures} measures completed ({share}%)',
    'cmp.chart.completion.summary':
      '12-month round of FY {year}: most completed {best} ({best_share}), least {worst} ({worst_share})',
    'cmp.chart.completion.none': 'No 12-month report yet from the organisations chosen',
  },
});

// Interface text of the weak-indicator page (/indicators).
import { defineMessages } from './define';

export const indicatorsMessages = defineMessages({
  th: {
    'ind.title': 'ตัวชี้วัดที่อ่อน',
    'ind.heading': 'ตัวชี้วัดที่อ่อน: {area}',
    'ind.intro':
      'ค่าเฉลี่ย ค่ามัธยฐาน และสัดส่วนหน่วยงานที่ต่ำกว่าเกณฑ์ของแต่ละตัวชี้วัด เทียบกับพื้นที่ที่กว้างกว่า และคะแนนรายตัวชี้วัดของแต่ละหน่วยงาน',
    'ind.weak_in_use': 'นิยาม "ตัวชี้วัดที่อ่อน" ที่ใช้ในหน้านี้:',
    'ind.weak_explain.pass_mark': 'คะแนนตัวชี้วัดต่ำกว่าเกณฑ์ผ่าน {mark} คะแนน (84.99 นับว่าอ่อน 85.00 ไม่นับ)',
    'ind.weak_explain.lowest':
      'ตัวชี้วัด {n} ตัวที่คะแนนต่ำที่สุดของแต่ละหน่วยงาน (คะแนนเท่ากันได้อันดับเดียวกันและนับทั้งหมด)',
    'ind.weak_explain.peer_median': 'คะแนนตัวชี้วัดต่ำกว่าค่ามัธยฐานของกลุ่มเปรียบเทียบ: {peer}',
    'ind.weak_change': 'เปลี่ยนนิยามได้ที่ช่อง "นิยามตัวชี้วัดที่อ่อน" ด้านบน',
    'ind.weak_subs_note':
      'คะแนนรวมและตัวชี้วัดย่อยนับว่าอ่อนเมื่อต่ำกว่าเกณฑ์ผ่าน {mark} คะแนน (นิยามข้างต้นใช้กับตัวชี้วัด 1-10)',
    'ind.unconfirmed_note':
      '* น้ำหนักหรือชื่อของตัวชี้วัดนี้ในกรอบการประเมินปี {year} ยังไม่ได้รับการยืนยันจากเอกสารของ ป.ป.ช.',
    'ind.area.nation': 'ทั้งประเทศ',
    'ind.area.province': 'จ.{name}',
    'ind.area.district': 'อ.{name}',
    'ind.drill.label': 'ตัวชี้วัดย่อย:',
    'ind.drill.open': 'ดูตัวชี้วัดย่อยของตัวชี้วัดที่ {code}',
    'ind.drill.back': '← กลับไปตัวชี้วัด 1-10',
    'ind.drill.current': 'กำลังแสดงตัวชี้วัดที่ {code} {name} และตัวชี้วัดย่อยตามกรอบการประเมินปี {year}',
    'ind.drill.empty': 'ปีงบประมาณ {year} ไม่มีคะแนนตัวชี้วัดย่อยของตัวชี้วัดที่ {code}',
    'ind.sort.label': 'เรียงแถวตาม',
    'ind.sort.name': 'ชื่อ',
    'ind.sort.total': 'คะแนนรวม',
    'ind.sort.indicator': 'ตัวชี้วัด {code}',
    'ind.sort.asc': 'น้อยไปมาก',
    'ind.sort.desc': 'มากไปน้อย',
    'ind.empty':
      'ไม่มีคะแนนรายตัวชี้วัดของปีงบประมาณ {year} ในขอบเขตที่เลือก ลองเลือกปีอื่นหรือพื้นที่อื่น หรือนำเข้าผลการประเมินรายตัวชี้วัด',
    'ind.chart.means.title': 'คะแนนเฉลี่ยรายตัวชี้วัด: {area} เทียบกับพื้นที่ที่กว้างกว่า',
    'ind.chart.means.subtitle':
      'จุด = ค่าเฉลี่ยของปีงบประมาณ {year} แยกตามพื้นที่ เส้นแดง = เกณฑ์ผ่าน {mark} คะแนน',
    'ind.chart.means.x': 'คะแนนเฉลี่ย',
    'ind.chart.means.summary':
      'ใน{area} ตัวชี้วัดที่ค่าเฉลี่ยต่ำที่สุดคือ {code} {name}: เฉลี่ย {mean} มัธยฐาน {median} คะแนน',
    'ind.chart.means.summary_wider': ' ({wider}: เฉลี่ย {wider_mean})',
    'ind.chart.below.title': 'สัดส่วนหน่วยงานที่คะแนนต่ำกว่าเกณฑ์ {mark} รายตัวชี้วัด',
    'ind.chart.below.subtitle':
      'ร้อยละของหน่วยงานในแต่ละพื้นที่ที่ได้คะแนนตัวชี้วัดต่ำกว่า {mark} คะแนน ปีงบประมาณ {year}',
    'ind.chart.below.x': 'ร้อยละที่ต่ำกว่าเกณฑ์',
    'ind.chart.below.summary':
      'ใน{area} ตัวชี้วัด {code} {name} มีหน่วยงานต่ำกว่าเกณฑ์มากที่สุด: {count} จาก {orgs} หน่วยงาน ({share})',
    'ind.chart.below.summary_none': 'ใน{area} ไม่มีหน่วยงานใดได้คะแนนตัวชี้วัดต่ำกว่าเกณฑ์ {mark} คะแนน',
    'ind.chart.heatmap.title_orgs': 'คะแนนรายตัวชี้วัดของแต่ละหน่วยงานใน{area}',
    'ind.chart.heatmap.title_provinces': 'คะแนนเฉลี่ยรายตัวชี้วัดของแต่ละจังหวัด',
    'ind.chart.heatmap.subtitle':
      'สี = คะแนน (แดง = ต่ำกว่าเกณฑ์ {mark}, น้ำเงิน = ตั้งแต่ {mark} ขึ้นไป) กรอบดำ = ตัวชี้วัดที่อ่อนตามนิยามที่เลือก คลิกชื่อหรือช่องเพื่อเปิดหน้ารายละเอียด',
    'ind.chart.heatmap.nation_note':
      'ทั้งประเทศมี {orgs} หน่วยงาน แผนภาพจึงแสดง 1 แถวต่อจังหวัด (ค่าเฉลี่ยของหน่วยงานในจังหวัด) กรอบดำ = หน่วยงานมากกว่าครึ่งของจังหวัดมีตัวชี้วัดนี้อ่อน เลือกจังหวัดหรืออำเภอเพื่อดูรายหน่วยงาน',
    'ind.chart.heatmap.legend': 'คะแนน',
    'ind.chart.heatmap.summary':
      '{rows} แถว ช่องที่อ่อน {weak} จาก {cells} ช่อง ตัวชี้วัดที่อ่อนในหลายแถวที่สุดคือ {code} ({count} แถว)',
    'ind.chart.heatmap.summary_none': '{rows} แถว ไม่มีช่องที่อ่อนตามนิยามที่เลือก',
    'ind.col.indicator': 'ตัวชี้วัด',
    'ind.col.area': 'พื้นที่',
    'ind.col.mean': 'ค่าเฉลี่ย',
    'ind.col.median': 'ค่ามัธยฐาน',
    'ind.col.below': 'จำนวนที่ต่ำกว่าเกณฑ์',
    'ind.col.below_share': 'ร้อยละที่ต่ำกว่าเกณฑ์',
    'ind.col.weak_share': 'ร้อยละที่อ่อนตามนิยาม',
    'ind.col.row': 'หน่วยงาน/จังหวัด',
    'ind.col.value': 'คะแนน',
    'ind.col.weak': 'อ่อน',
    'ind.col.total': 'รวม',
    'ind.yes': 'ใช่',
    'ind.no': 'ไม่',
  },
  en: {
    'ind.title': 'Weak indicators',
    'ind.heading': 'Weak indicators: {area}',
    'ind.intro':
      'Mean, median and share below the pass mark of each indicator beside the wider areas, and every organisation’s indicator scores',
    'ind.weak_in_use': 'Definition of a "weak indicator" on this page:',
    'ind.weak_explain.pass_mark':
      'an indicator score below the pass mark of {mark} (84.99 counts, 85.00 does not)',
    'ind.weak_explain.lowest':
      "each organisation's {n} lowest-scoring indicators (equal scores share a rank and all count)",
    'ind.weak_explain.peer_median': 'an indicator score below the median of the peer group: {peer}',
    'ind.weak_change': 'Change it with "Definition of weak" above',
    'ind.weak_subs_note':
      'The total and sub-indicators count as weak below the pass mark of {mark} (the definition above applies to indicators 1-10)',
    'ind.unconfirmed_note':
      '* The weight or name of this indicator in the FY {year} framework is not yet confirmed from NACC publications.',
    'ind.area.nation': 'Whole country',
    'ind.area.province': '{name} province',
    'ind.area.district': '{name} district',
    'ind.drill.label': 'Sub-indicators:',
    'ind.drill.open': 'Sub-indicators of indicator {code}',
    'ind.drill.back': '← Back to indicators 1-10',
    'ind.drill.current':
      'Showing indicator {code} {name} and its sub-indicators in the FY {year} framework',
    'ind.drill.empty': 'FY {year} has no sub-indicator scores for indicator {code}',
    'ind.sort.label': 'Sort rows by',
    'ind.sort.name': 'Name',
    'ind.sort.total': 'Total',
    'ind.sort.indicator': 'Indicator {code}',
    'ind.sort.asc': 'Lowest first',
    'ind.sort.desc': 'Highest first',
    'ind.empty':
      'No indicator scores for FY {year} in the chosen scope. Try another year or area, or import indicator-level results.',
    'ind.chart.means.title': 'Mean score per indicator: {area} beside the wider areas',
    'ind.chart.means.subtitle': 'Dots = FY {year} mean per area; red line = pass mark of {mark}',
    'ind.chart.means.x': 'Mean score',
    'ind.chart.means.summary':
      'In {area} the lowest mean is indicator {code} {name}: mean {mean}, median {median}',
    'ind.chart.means.summary_wider': ' ({wider}: mean {wider_mean})',
    'ind.chart.below.title': 'Share of organisations below {mark} per indicator',
    'ind.chart.below.subtitle':
      'Share of organisations in each area scoring below {mark} on the indicator, FY {year}',
    'ind.chart.below.x': 'Share below the pass mark (%)',
    'ind.chart.below.summary':
      'In {area} indicator {code} {name} has the most organisations below the pass mark: {count} of {orgs} ({share})',
    'ind.chart.below.summary_none':
      'In {area} no organisation scores below {mark} on any indicator',
    'ind.chart.heatmap.title_orgs': 'Indicator scores of each organisation in {area}',
    'ind.chart.heatmap.title_provinces': 'Mean indicator scores of each province',
    'ind.chart.heatmap.subtitle':
      'Colour = score (red = below {mark}, blue = {mark} or more); black outline = weak under the chosen definition. Click a name or cell for details.',
    'ind.chart.heatmap.nation_note':
      'The whole country has {orgs} organisations, so the map shows one row per province (the mean of its organisations); an outline means more than half of the province’s organisations are weak on it. Choose a province or district to see organisations.',
    'ind.chart.heatmap.legend': 'Score',
    'ind.chart.heatmap.summary':
      '{rows} rows; {weak} of {cells} cells weak; the indicator weak in most rows is {code} ({count} rows)',
    'ind.chart.heatmap.summary_none': '{rows} rows; no cell is weak under the chosen definition',
    'ind.col.indicator': 'Indicator',
    'ind.col.area': 'Area',
    'ind.col.mean': 'Mean',
    'ind.col.median': 'Median',
    'ind.col.below': 'Below the pass mark',
    'ind.col.below_share': 'Share below the pass mark',
    'ind.col.weak_share': 'Share weak (definition)',
    'ind.col.row': 'Organisation / province',
    'ind.col.value': 'Score',
    'ind.col.weak': 'Weak',
    'ind.col.total': 'Total',
    'ind.yes': 'yes',
    'ind.no': 'no',
  },
});

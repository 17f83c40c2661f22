// Interface text of the overview page (/).
import { defineMessages } from './define';

export const overviewMessages = defineMessages({
  th: {
    'home.scope.nation': 'ทั้งประเทศ',
    'home.inventory.title': 'ข้อมูลที่มีในระบบ',
    'home.inventory.year': 'ปีงบประมาณ',
    'home.inventory.orgs': 'หน่วยงานที่มีคะแนน',
    'home.inventory.real': 'คะแนนจริง',
    'home.inventory.synthetic': 'คะแนนสังเคราะห์',
    'home.inventory.reports': 'รายงานมาตรการ (จริง)',
    'home.inventory.measures_real': 'มาตรการ (จริง)',
    'home.inventory.measures_synthetic': 'มาตรการ (สังเคราะห์)',
    'home.inventory.empty':
      'ยังไม่มีข้อมูลคะแนน ให้รัน npm run -s ita -- demo เพื่อโหลดข้อมูลสาธิต หรือนำเข้าผลการประเมินจริง',
    'home.kpi.orgs': 'หน่วยงานที่ได้รับการประเมิน',
    'home.types.title': 'หน่วยงานแต่ละประเภท ปีงบประมาณ {year}',
    'home.types.title_noyear': 'หน่วยงานแต่ละประเภท',
    'home.types.of': 'จาก {registered} แห่งในทะเบียน',
    'home.types.note':
      'ตัวเลขใหญ่คือหน่วยงานที่มีคะแนนในปีนี้ในข้อมูลที่โหลด ตัวเลขเล็กคือจำนวนในทะเบียน อปท. ของกรมส่งเสริมการปกครองท้องถิ่น คลิกเพื่อดูเฉพาะประเภทนั้น',
    'home.kpi.mean': 'คะแนนเฉลี่ย',
    'home.kpi.median': 'ค่ามัธยฐาน',
    'home.kpi.pass': 'สัดส่วนที่ผ่านเกณฑ์ {mark} คะแนน',
    'home.kpi.target': 'เป้าหมายประเทศ {share}',
    'home.kpi.target_met': 'ถึงเป้าหมาย',
    'home.kpi.target_missed': 'ต่ำกว่าเป้าหมาย',
    'chart.histogram.title': 'การกระจายของคะแนนรวม ITA แยกตามปีงบประมาณ',
    'chart.histogram.subtitle':
      'จำนวนหน่วยงานในแต่ละช่วงคะแนน (ช่วงละ 2.5 คะแนน) เส้นแนวตั้งคือเกณฑ์ผ่าน {mark} คะแนน',
    'chart.histogram.x': 'คะแนนรวม',
    'chart.histogram.y': 'จำนวนหน่วยงาน',
    'chart.histogram.summary':
      'ปีงบประมาณ {year}: ผ่านเกณฑ์ {passed} จาก {orgs} หน่วยงาน ({share}) ค่ามัธยฐาน {median} คะแนน',
    'chart.pass.title': 'สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ',
    'chart.pass.subtitle':
      'ร้อยละของหน่วยงานที่ได้คะแนนรวม {mark} ขึ้นไป เส้นประคือเป้าหมายสัดส่วนของแต่ละปี (ปี {year}: {share})',
    'chart.pass.y': 'ร้อยละที่ผ่าน',
    'chart.pass.target': 'เป้าหมาย',
    'chart.pass.summary': 'ล่าสุดปีงบประมาณ {year} ผ่านเกณฑ์ {share} — {target}',
    'chart.grades.title': 'สัดส่วนหน่วยงานตามระดับผลการประเมิน แยกตามปีงบประมาณ',
    'chart.grades.subtitle':
      'ปี 2563-2565 ประกาศเป็นระดับ AA-F; ตั้งแต่ปี 2566 ประกาศเป็นผลผ่าน/ต้องปรับปรุง ตัดสินจากคะแนนรวมและเครื่องมือทั้งสี่ (IIT, EIT ส่วนที่ 1, EIT ส่วนที่ 2, OIT) ตามรายงาน ป.ป.ช. ต่อคณะรัฐมนตรีปี 2566-2567 สีเขียวคือผ่านเกณฑ์ 85 คะแนน',
    'chart.grades.switch': 'ตั้งแต่ 2566: ผ่าน/ต้องปรับปรุง',
    'chart.grades.y': 'ร้อยละของหน่วยงาน',
    'chart.grades.summary':
      'ปีงบประมาณ {year}: ผลที่พบมากที่สุดคือ {grade} ({share}); ผลที่ผ่านเกณฑ์รวมกัน {pass}',
    'chart.ranking.title_provinces': 'จังหวัดเรียงตามสัดส่วนหน่วยงานที่ผ่านเกณฑ์ ปีงบประมาณ {year}',
    'chart.ranking.title_districts':
      'อำเภอของจังหวัด{province} เรียงตามสัดส่วนหน่วยงานที่ผ่านเกณฑ์ ปีงบประมาณ {year}',
    'chart.ranking.subtitle': 'เส้นประคือเป้าหมายประเทศ {share}; คลิกที่แท่งเพื่อเปิดหน้าสรุปจังหวัด',
    'chart.ranking.met': 'ถึงเป้าหมาย',
    'chart.ranking.missed': 'ต่ำกว่าเป้าหมาย',
    'chart.ranking.x': 'ร้อยละที่ผ่านเกณฑ์',
    'chart.ranking.summary':
      'ต่ำกว่าเป้าหมาย {below} จาก {areas} พื้นที่; ต่ำสุดคือ {lowest} ({share}) สูงสุดคือ {highest} ({share_high})',
    'col.area': 'พื้นที่',
    'col.grade': 'ระดับ/ผลการประเมิน',
    'col.share': 'สัดส่วน',
    'col.passed': 'ผ่านเกณฑ์',
  },
  en: {
    'home.scope.nation': 'Whole country',
    'home.inventory.title': 'Data loaded',
    'home.inventory.year': 'Fiscal year',
    'home.inventory.orgs': 'Organisations scored',
    'home.inventory.real': 'Real scores',
    'home.inventory.synthetic': 'Synthetic scores',
    'home.inventory.reports': 'Measure reports (real)',
    'home.inventory.measures_real': 'Measures (real)',
    'home.inventory.measures_synthetic': 'Measures (synthetic)',
    'home.inventory.empty':
      'No scores loaded yet: run npm run -s ita -- demo for demo data, or import real results.',
    'home.kpi.orgs': 'Organisations assessed',
    'home.types.title': 'Organisations by type, FY {year}',
    'home.types.title_noyear': 'Organisations by type',
    'home.types.of': 'of {registered} registered',
    'home.types.note':
      "The large number is the organisations with scores this year in the loaded data; the small one, how many the DLA's registry of local governments holds. Choose a type to see only it.",
    'home.kpi.mean': 'Mean total',
    'home.kpi.median': 'Median total',
    'home.kpi.pass': 'Share at or above {mark}',
    'home.kpi.target': 'National target {share}',
    'home.kpi.target_met': 'target met',
    'home.kpi.target_missed': 'below target',
    'chart.histogram.title': 'Distribution of ITA total scores by fiscal year',
    'chart.histogram.subtitle':
      'Organisations per 2.5-point score band; the vertical line is the pass mark of {mark}',
    'chart.histogram.x': 'Total score',
    'chart.histogram.y': 'Organisations',
    'chart.histogram.summary':
      'FY {year}: {passed} of {orgs} organisations passed ({share}); median total {median}',
    'chart.pass.title': 'Share of organisations passing, against the national target',
    'chart.pass.subtitle':
      "Share with a total of {mark} or more; the dashed line is each year's target share (FY {year}: {share})",
    'chart.pass.y': 'Share passing (%)',
    'chart.pass.target': 'Target',
    'chart.pass.summary': 'In FY {year}, {share} passed — {target}',
    'chart.grades.title': 'Share of organisations by level or rating, per fiscal year',
    'chart.grades.subtitle':
      "Levels AA-F until FY 2565; from FY 2566 pass/needs-improvement ratings, decided on the total and four tools (IIT, EIT part 1, EIT part 2, OIT) as in the NACC's 2566-2567 reports to the Cabinet. Greens pass the mark of 85.",
    'chart.grades.switch': 'From 2566: ratings',
    'chart.grades.y': 'Share of organisations (%)',
    'chart.grades.summary':
      'FY {year}: the most common result is {grade} ({share}); passing results together {pass}',
    'chart.ranking.title_provinces':
      'Provinces ranked by share of organisations passing, FY {year}',
    'chart.ranking.title_districts':
      'Districts of {province} ranked by share of organisations passing, FY {year}',
    'chart.ranking.subtitle':
      'The dashed line is the national target of {share}; click a bar to open the province page',
    'chart.ranking.met': 'Target met',
    'chart.ranking.missed': 'Below target',
    'chart.ranking.x': 'Share passing (%)',
    'chart.ranking.summary':
      '{below} of {areas} areas below the target; lowest {lowest} ({share}), highest {highest} ({share_high})',
    'col.area': 'Area',
    'col.grade': 'Level / rating',
    'col.share': 'Share',
    'col.passed': 'Passing',
  },
});

// Interface text of the year-on-year change page (/changes).
import { defineMessages } from './define';

export const changesMessages = defineMessages({
  th: {
    'chg.title': 'การเปลี่ยนแปลงระหว่างปี',
    'chg.heading': 'การเปลี่ยนแปลง {compare} → {year}: {area}',
    'chg.intro': 'คะแนนรวมและคะแนนรายตัวชี้วัดเปลี่ยนไปอย่างไรระหว่างสองปีงบประมาณ ใครดีขึ้น ใครแย่ลง',
    'chg.same_year': 'ปีเปรียบเทียบต้องต่างจากปีงบประมาณ ({year}) เลือกปีเปรียบเทียบด้านบน',
    'chg.no_compare':
      'ไม่มีปีที่มีคะแนนก่อนปี {year} ให้เปรียบเทียบ เลือกปีงบประมาณที่ใหม่กว่า หรือเลือกปีเปรียบเทียบด้านบน',
    'chg.empty': 'ไม่มีหน่วยงานในขอบเขตที่เลือกที่มีคะแนนรวมทั้งปี {compare} และปี {year}',
    'chg.reverse':
      'หมายเหตุ: ปีเปรียบเทียบ ({compare}) อยู่หลังปีงบประมาณ ({year}) ค่าการเปลี่ยนแปลงคือคะแนนปี {year} ลบคะแนนปี {compare}',
    'chg.threshold':
      'ทิศทาง: ดีขึ้น = คะแนนเพิ่มขึ้นตั้งแต่ {t} คะแนน แย่ลง = ลดลงตั้งแต่ {t} คะแนน คงที่ = เปลี่ยนน้อยกว่า ±{t} คะแนน',
    'chg.unpaired':
      'นับเฉพาะ {paired} หน่วยงานที่มีคะแนนทั้งสองปี (ปี {compare}: {before} หน่วยงาน, ปี {year}: {now} หน่วยงาน)',
    'chg.boundary':
      'ปี {compare} ใช้ระดับผลการประเมิน AA-F ส่วนปี {year} ใช้ผลผ่าน/ต้องปรับปรุง ตารางการเปลี่ยนระดับจึงจับคู่ป้ายคนละชุด ไม่ได้บอกว่าเลื่อนขึ้นหรือลง',
    'chg.synthetic_banner':
      'ข้อมูลสังเคราะห์เพื่อการสาธิต: คะแนนของ {count} หน่วยงานในหน้านี้ (อย่างน้อยหนึ่งในสองปี) สร้างขึ้นจากแบบจำลอง ไม่ใช่ผลการประเมินจริงของ ป.ป.ช.',
    'chg.dir.improving': 'ดีขึ้น',
    'chg.dir.stable': 'คงที่',
    'chg.dir.worsening': 'แย่ลง',
    'chg.kpi.paired': 'หน่วยงานที่มีคะแนนทั้งสองปี',
    'chg.kpi.mean_change': 'การเปลี่ยนแปลงเฉลี่ยของคะแนนรวม',
    'chg.kpi.median': 'มัธยฐาน {value}',
    'chg.kpi.passed': 'ผ่านเกณฑ์ {mark} คะแนน ({compare} → {year})',
    'chg.chart.dumbbell.title': 'คะแนนรวมปี {compare} และ {year} ของแต่ละหน่วยงาน',
    'chg.chart.dumbbell.title_movers': 'หน่วยงานที่คะแนนรวมเปลี่ยนมากที่สุด ปี {compare} → {year}',
    'chg.chart.dumbbell.subtitle':
      'วงกลมโปร่ง = ปี {compare} จุดทึบและหัวลูกศร = ปี {year} สี = ทิศทาง เรียงจากเพิ่มขึ้นมากที่สุด เส้นแดง = เกณฑ์ผ่าน {mark}',
    'chg.chart.dumbbell.movers_note':
      '{area}มี {orgs} หน่วยงาน จึงแสดงเฉพาะ {n} หน่วยงานที่เพิ่มขึ้นมากที่สุดและ {n} หน่วยงานที่ลดลงมากที่สุด ดูทุกหน่วยงานได้จากการกระจายด้านล่าง',
    'chg.chart.dumbbell.x': 'คะแนนรวม',
    'chg.chart.dumbbell.summary':
      'ดีขึ้น {improving} หน่วยงาน คงที่ {stable} แย่ลง {worsening} เพิ่มขึ้นมากที่สุด: {top} ({top_change}) ลดลงมากที่สุด: {bottom} ({bottom_change})',
    'chg.chart.histogram.title': 'การกระจายของการเปลี่ยนแปลงคะแนนรวม ปี {compare} → {year}',
    'chg.chart.histogram.subtitle':
      'จำนวนหน่วยงานในแต่ละช่วงการเปลี่ยนแปลง (ช่วงละ {width} คะแนน ช่วง −{t} ถึง +{t} คือคงที่ เส้นประ = เกณฑ์ ±{t})',
    'chg.chart.histogram.x': 'การเปลี่ยนแปลงของคะแนนรวม (คะแนน)',
    'chg.chart.histogram.y': 'จำนวนหน่วยงาน',
    'chg.chart.histogram.summary':
      'ค่ามัธยฐานของการเปลี่ยนแปลง {median} คะแนน ค่าเฉลี่ย {mean} คะแนน ({improving} ดีขึ้น, {stable} คงที่, {worsening} แย่ลง)',
    'chg.movers.title': 'หน่วยงานที่เปลี่ยนมากที่สุด',
    'chg.movers.gainers': 'เพิ่มขึ้นมากที่สุด',
    'chg.movers.decliners': 'ลดลงมากที่สุด',
    'chg.movers.rank_note':
      'อันดับ = ลำดับคะแนนรวมในขอบเขตที่เลือก ในบรรดา {n} หน่วยงานที่มีคะแนนทั้งสองปี (1 = สูงสุด) ลูกศรขึ้น = อันดับดีขึ้น',
    'chg.movers.none_up': 'ไม่มีหน่วยงานที่คะแนนเพิ่มขึ้น',
    'chg.movers.none_down': 'ไม่มีหน่วยงานที่คะแนนลดลง',
    'chg.chart.transitions.title': 'การเปลี่ยนระดับผลการประเมิน ปี {compare} → {year}',
    'chg.chart.transitions.subtitle':
      'จำนวนหน่วยงานที่ย้ายจากระดับในปี {compare} (แถว) ไปยังระดับในปี {year} (คอลัมน์) ระดับดีที่สุดอยู่ก่อน',
    'chg.chart.transitions.x': 'ปี {year}',
    'chg.chart.transitions.y': 'ปี {year}',
    'chg.chart.transitions.summary':
      '{up} หน่วยงานได้ระดับดีขึ้น {same} เท่าเดิม {down} ต่ำลง กลุ่มใหญ่ที่สุด: {from} → {to} ({orgs} หน่วยงาน)',
    'chg.chart.transitions.summary_boundary':
      'ป้ายของสองปีเป็นคนละชุด จึงไม่นับขึ้นหรือลง กลุ่มใหญ่ที่สุด: {from} → {to} ({orgs} หน่วยงาน)',
    'chg.chart.indicators.title': 'การเปลี่ยนแปลงเฉลี่ยรายตัวชี้วัด ปี {compare} → {year}',
    'chg.chart.indicators.subtitle':
      'ค่าเฉลี่ยของการเปลี่ยนแปลงคะแนนตัวชี้วัดในหน่วยงานที่มีคะแนนทั้งสองปี เรียงจากดีขึ้นมากที่สุด สี = ทิศทางเทียบกับเกณฑ์ ±{t}',
    'chg.chart.indicators.x': 'การเปลี่ยนแปลงเฉลี่ย (คะแนน)',
    'chg.chart.indicators.summary':
      'ตัวชี้วัดที่ดีขึ้นมากที่สุดคือ {best} ({best_change}) และที่เปลี่ยนในทางแย่ที่สุดคือ {worst} ({worst_change})',
    'chg.col.org': 'หน่วยงาน',
    'chg.col.district': 'อำเภอ',
    'chg.col.province': 'จังหวัด',
    'chg.col.total_in': 'คะแนนรวม {year}',
    'chg.col.change': 'เปลี่ยนแปลง',
    'chg.col.direction': 'ทิศทาง',
    'chg.col.rank': 'อันดับ',
    'chg.col.level': 'ระดับ',
    'chg.col.from': 'จาก',
    'chg.col.to': 'เป็น',
    'chg.col.indicator': 'ตัวชี้วัด',
    'chg.col.mean_before': 'ค่าเฉลี่ยปีก่อน',
    'chg.col.mean_now': 'ค่าเฉลี่ยปีนี้',
    'chg.col.mean_change': 'เปลี่ยนแปลงเฉลี่ย',
    'chg.col.bin': 'ช่วงการเปลี่ยนแปลง',
  },
  en: {
    'chg.title': 'Year-on-year change',
    'chg.heading': 'Change {compare} → {year}: {area}',
    'chg.intro':
      'How the total and each indicator moved between two fiscal years: who improved, who fell back',
    'chg.same_year':
      'The comparison year must differ from the fiscal year ({year}): choose another above',
    'chg.no_compare':
      'No year before {year} has scores to compare with: choose a later fiscal year, or a comparison year above',
    'chg.empty': 'No organisation in the chosen scope has a total in both {compare} and {year}',
    'chg.reverse':
      'Note: the comparison year ({compare}) is after the fiscal year ({year}); changes are the {year} score minus the {compare} score',
    'chg.threshold':
      'Direction: improving = up by {t} point(s) or more, worsening = down by {t} or more, stable = moved less than ±{t}',
    'chg.unpaired':
      'Counting the {paired} organisations with a total in both years ({compare}: {before}, {year}: {now})',
    'chg.boundary':
      'FY {compare} grades with letter levels AA-F and FY {year} with pass/needs-improvement ratings, so the transition table pairs two different label sets; it does not say up or down',
    'chg.synthetic_banner':
      'Synthetic demo data: the scores of {count} organisations on this page (in at least one of the two years) are generated by a model, not real NACC results.',
    'chg.dir.improving': 'Improving',
    'chg.dir.stable': 'Stable',
    'chg.dir.worsening': 'Worsening',
    'chg.kpi.paired': 'Organisations with both years',
    'chg.kpi.mean_change': 'Mean change of the total',
    'chg.kpi.median': 'median {value}',
    'chg.kpi.passed': 'At or above {mark} ({compare} → {year})',
    'chg.chart.dumbbell.title': 'Total in {compare} and {year} for each organisation',
    'chg.chart.dumbbell.title_movers': 'Organisations whose total moved most, {compare} → {year}',
    'chg.chart.dumbbell.subtitle':
      'Hollow circle = {compare}; filled dot and arrowhead = {year}; colour = direction; largest rise first; red line = pass mark of {mark}',
    'chg.chart.dumbbell.movers_note':
      '{area} has {orgs} organisations, so only the {n} largest rises and {n} largest falls are drawn; the distribution below covers all of them.',
    'chg.chart.dumbbell.x': 'Total score',
    'chg.chart.dumbbell.summary':
      '{improving} improving, {stable} stable, {worsening} worsening; largest rise: {top} ({top_change}); largest fall: {bottom} ({bottom_change})',
    'chg.chart.histogram.title': 'Distribution of the change of the total, {compare} → {year}',
    'chg.chart.histogram.subtitle':
      'Organisations per band of change ({width} points wide; −{t} to +{t} is stable; dashed lines = ±{t})',
    'chg.chart.histogram.x': 'Change of the total (points)',
    'chg.chart.histogram.y': 'Organisations',
    'chg.chart.histogram.summary':
      'Median change {median}, mean {mean} ({improving} improving, {stable} stable, {worsening} worsening)',
    'chg.movers.title': 'Biggest movers',
    'chg.movers.gainers': 'Largest rises',
    'chg.movers.decliners': 'Largest falls',
    'chg.movers.rank_note':
      'Rank = position by total within the chosen scope among the {n} organisations with both years (1 = highest); an up arrow = moved up',
    'chg.movers.none_up': 'No organisation’s total rose',
    'chg.movers.none_down': 'No organisation’s total fell',
    'chg.chart.transitions.title': 'Level and rating transitions, {compare} → {year}',
    'chg.chart.transitions.subtitle':
      'Organisations moving from a level in {compare} (rows) to a level in {year} (columns), best level first',
    'chg.chart.transitions.x': 'FY {year}',
    'chg.chart.transitions.y': 'FY {year}',
    'chg.chart.transitions.summary':
      '{up} organisations moved to a better level, {same} kept theirs, {down} moved down; largest group: {from} → {to} ({orgs})',
    'chg.chart.transitions.summary_boundary':
      'The two years use different label sets, so moves are not counted as up or down; largest group: {from} → {to} ({orgs})',
    'chg.chart.indicators.title': 'Mean change per indicator, {compare} → {year}',
    'chg.chart.indicators.subtitle':
      'Mean change of each indicator among organisations scored in both years, largest rise first; colour = direction against ±{t}',
    'chg.chart.indicators.x': 'Mean change (points)',
    'chg.chart.indicators.summary':
      'The indicator that improved most is {best} ({best_change}); the weakest movement is {worst} ({worst_change})',
    'chg.col.org': 'Organisation',
    'chg.col.district': 'District',
    'chg.col.province': 'Province',
    'chg.col.total_in': 'Total {year}',
    'chg.col.change': 'Change',
    'chg.col.direction': 'Direction',
    'chg.col.rank': 'Rank',
    'chg.col.level': 'Level',
    'chg.col.from': 'From',
    'chg.col.to': 'To',
    'chg.col.indicator': 'Indicator',
    'chg.col.mean_before': 'Mean, earlier year',
    'chg.col.mean_now': 'Mean, later year',
    'chg.col.mean_change': 'Mean change',
    'chg.col.bin': 'Band of change',
  },
});

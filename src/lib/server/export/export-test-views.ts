// For each registered chart, a view of a fixture database (data/fixtures/db, described in data/fixtures/README.md) to
// export in the tests, with what was worked out by hand: the CSV header and row count, the text the image must carry,
// and which CSV columns must equal which columns of the chart's named query. Add an entry when you register a chart.

/** scores.csv, or a page's own fixture loaded alone, or scores and measures (measures-completion.csv) together. */
export type FixtureSet =
  | 'scores'
  | 'indicators-2567'
  | 'changes-scores'
  | 'scores+measures-completion'
  | 'org-scores+org-measures';

export interface ChartTestView {
  fixture: FixtureSet;
  /** URL parameters of the view, as the page would have them. */
  search: string;
  header: string[];
  rows: number;
  title: string;
  /** Text the SVG must contain: the title, the filter line, the source. */
  svgText: string[];
  /** CSV columns (by header) that carry a named query's columns unchanged, row for row. */
  query?: { name: string; params: Record<string, string>; pairs: [string, string][] };
}

// The filter line names the type: pages and exports are SAO-first (no type parameter = อบต.).
const P94 = 'ขอบเขต: จังหวัดปัตตานี · ประเภท: อบต.';
const SYNTHETIC = 'ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต ไม่ใช่ผลการประเมินจริง';
// scores.csv, province 94: 2567 has two imported totals (6940907, 6940104), everything else is synthetic.
const SCORES_MIXED = 'ที่มา: ผลการประเมินที่นำเข้า 2 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 9 หน่วยงาน-ปี';
// indicators-2567.csv, province 94: 6940104's scores are imported, the other three synthetic.
const INDICATORS_MIXED = 'ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 3 หน่วยงาน-ปี';
const INDICATOR_TABLE = [
  'ตัวชี้วัด',
  'ชื่อตัวชี้วัด',
  'พื้นที่',
  'จำนวนหน่วยงาน',
  'ค่าเฉลี่ย',
  'ค่ามัธยฐาน',
  'จำนวนที่ต่ำกว่าเกณฑ์',
  'ร้อยละที่ต่ำกว่าเกณฑ์',
  'ร้อยละที่อ่อนตามนิยาม',
];
const INDICATOR_PARAMS = {
  fiscal_year: '2567',
  province: '94',
  weak: 'pass_mark',
  peer: 'province',
  lowest_n: '2',
};
const CHANGE_PARAMS = { fiscal_year: '2567', compare: '2566', province: '94', threshold: '1' };
const CHANGE_FILTERS = `${P94} · เทียบปีงบประมาณ 2566 กับ 2567`;

export const CHART_VIEWS: Record<string, ChartTestView> = {
  'total-distribution': {
    fixture: 'scores',
    search: 'province=94',
    header: ['ปีงบประมาณ', 'ช่วงคะแนนตั้งแต่', 'ถึง (ไม่รวม)', 'ที่มา', 'จำนวนหน่วยงาน'],
    // 2565: bins 82.5, 85, 92.5, 95; 2566: 82.5, 85, 87.5, 95; 2567: 80 (real), 90 (real), 95.
    rows: 11,
    title: 'การกระจายของคะแนนรวม ITA แยกตามปีงบประมาณ',
    svgText: [`${P94} · ปีงบประมาณ 2565–2567`, SCORES_MIXED],
    query: {
      name: 'total_histogram',
      params: { province: '94' },
      pairs: [
        ['ปีงบประมาณ', 'fiscal_year'],
        ['ช่วงคะแนนตั้งแต่', 'bin_start'],
        ['ที่มา', 'source'],
        ['จำนวนหน่วยงาน', 'orgs'],
      ],
    },
  },
  'pass-share-trend': {
    fixture: 'scores',
    search: 'province=94',
    header: [
      'ปีงบประมาณ',
      'จำนวนหน่วยงาน',
      'คะแนนเฉลี่ย',
      'ค่ามัธยฐาน',
      'จำนวนที่ผ่านเกณฑ์',
      'ร้อยละที่ผ่าน',
      'เป้าหมายประเทศ',
      'เป้าหมายคะแนนเฉลี่ยประเทศ',
      'ร้อยละที่ผ่าน (ตัวเลขทางการ ป.ป.ช.)',
    ],
    rows: 3,
    title: 'สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ',
    svgText: [`${P94} · ปีงบประมาณ 2565–2567`, SCORES_MIXED],
    query: {
      name: 'year_summary',
      params: { province: '94' },
      pairs: [
        ['ปีงบประมาณ', 'fiscal_year'],
        ['จำนวนหน่วยงาน', 'orgs'],
        ['ค่ามัธยฐาน', 'median_total'],
        ['จำนวนที่ผ่านเกณฑ์', 'passed'],
        ['ร้อยละที่ผ่าน', 'pass_share'],
        ['เป้าหมายคะแนนเฉลี่ยประเทศ', 'target_mean'],
      ],
    },
  },
  'indicator-area-means': {
    fixture: 'indicators-2567',
    search: 'province=94&year=2567',
    header: INDICATOR_TABLE,
    // Indicators 1-10 for province 94 and for the nation.
    rows: 20,
    title: 'คะแนนเฉลี่ยรายตัวชี้วัด: จ.ปัตตานี เทียบกับพื้นที่ที่กว้างกว่า',
    svgText: [`${P94} · ปีงบประมาณ 2567`, INDICATORS_MIXED],
    query: {
      name: 'indicator_summary',
      params: INDICATOR_PARAMS,
      pairs: [
        ['ตัวชี้วัด', 'code'],
        ['จำนวนหน่วยงาน', 'orgs'],
        ['ค่าเฉลี่ย', 'mean_value'],
        ['จำนวนที่ต่ำกว่าเกณฑ์', 'below_pass'],
      ],
    },
  },
  'indicator-below-share': {
    fixture: 'indicators-2567',
    search: 'province=94&year=2567',
    header: INDICATOR_TABLE,
    rows: 20,
    title: 'สัดส่วนหน่วยงานที่คะแนนต่ำกว่าเกณฑ์ 85 รายตัวชี้วัด',
    svgText: [`${P94} · ปีงบประมาณ 2567`, INDICATORS_MIXED],
    query: {
      name: 'indicator_summary',
      params: INDICATOR_PARAMS,
      pairs: [
        ['ตัวชี้วัด', 'code'],
        ['ร้อยละที่ต่ำกว่าเกณฑ์', 'below_share'],
      ],
    },
  },
  'indicator-heatmap': {
    fixture: 'indicators-2567',
    search: 'province=94&year=2567&sort=total&dir=asc',
    header: [
      'รหัส',
      'หน่วยงาน/จังหวัด',
      'อำเภอ',
      'รวม',
      // Every 2567 weight is unconfirmed (data/frameworks/2567.json), so each code carries the mark.
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((c) => `${c}*`),
      'ตัวชี้วัดที่อ่อน',
    ],
    // One row per SAO of province 94, weakest total first: 6940108 77.25, 6940907 80.40, 6940908 89.60, 6940104 99.30.
    rows: 4,
    title: 'คะแนนรายตัวชี้วัดของแต่ละหน่วยงานในจ.ปัตตานี',
    svgText: [
      `${P94} · ปีงบประมาณ 2567 · กลุ่มเปรียบเทียบ: จังหวัดเดียวกัน · ตัวชี้วัดที่อ่อน: ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน`,
      INDICATORS_MIXED,
    ],
  },
  'change-dumbbell': {
    fixture: 'changes-scores',
    search: 'province=94&year=2567&compare=2566',
    header: [
      'รหัส',
      'หน่วยงาน',
      'อำเภอ',
      'คะแนนรวม 2566',
      'คะแนนรวม 2567',
      'เปลี่ยนแปลง',
      'ทิศทาง',
      'อันดับ 2566',
      'อันดับ 2567',
    ],
    // Four paired SAOs, fewer than 40: all drawn.
    rows: 4,
    title: 'คะแนนรวมปี 2566 และ 2567 ของแต่ละหน่วยงาน',
    svgText: [CHANGE_FILTERS, SYNTHETIC],
    query: {
      name: 'change_orgs',
      params: CHANGE_PARAMS,
      pairs: [
        ['รหัส', 'org_code'],
        ['เปลี่ยนแปลง', 'change'],
        ['อันดับ 2567', 'rank_now'],
      ],
    },
  },
  'change-histogram': {
    fixture: 'changes-scores',
    search: 'province=94&year=2567&compare=2566',
    header: ['ช่วงคะแนนตั้งแต่', 'ถึง (ไม่รวม)', 'ทิศทาง', 'จำนวนหน่วยงาน'],
    // +9.50 → [9, 11), +1.00 → [1, 3), −0.80 → [−1, 1), −16.10 → [−17, −15).
    rows: 4,
    title: 'การกระจายของการเปลี่ยนแปลงคะแนนรวม ปี 2566 → 2567',
    svgText: [CHANGE_FILTERS, SYNTHETIC],
    query: {
      name: 'change_histogram',
      params: CHANGE_PARAMS,
      pairs: [
        ['ช่วงคะแนนตั้งแต่', 'bin_start'],
        ['จำนวนหน่วยงาน', 'orgs'],
      ],
    },
  },
  'change-indicators': {
    fixture: 'changes-scores',
    search: 'province=94&year=2567&compare=2566',
    header: [
      'ตัวชี้วัด',
      'ชื่อตัวชี้วัด',
      'จำนวนหน่วยงาน',
      'ค่าเฉลี่ย 2566',
      'ค่าเฉลี่ย 2567',
      'เปลี่ยนแปลงเฉลี่ย',
      'ดีขึ้น',
      'คงที่',
      'แย่ลง',
    ],
    // Indicators 1, 7 and 10 have scores in both years.
    rows: 3,
    title: 'การเปลี่ยนแปลงเฉลี่ยรายตัวชี้วัด ปี 2566 → 2567',
    svgText: [CHANGE_FILTERS, SYNTHETIC],
    query: {
      name: 'change_indicators',
      params: CHANGE_PARAMS,
      pairs: [
        ['ตัวชี้วัด', 'code'],
        ['เปลี่ยนแปลงเฉลี่ย', 'mean_change'],
        ['ดีขึ้น', 'improving'],
      ],
    },
  },
  'change-transitions': {
    fixture: 'changes-scores',
    search: 'province=94&year=2567&compare=2566',
    header: ['จาก (2566)', 'เป็น (2567)', 'จำนวนหน่วยงาน'],
    // One SAO each: ผ่าน → ต้องปรับปรุงโดยด่วน, ต้องปรับปรุง → ผ่านดี, → ผ่าน, → ต้องปรับปรุง.
    rows: 4,
    title: 'การเปลี่ยนระดับผลการประเมิน ปี 2566 → 2567',
    svgText: [CHANGE_FILTERS, SYNTHETIC],
    query: {
      name: 'change_transitions',
      params: { fiscal_year: '2567', compare: '2566', province: '94' },
      pairs: [
        ['จาก (2566)', 'level_before'],
        ['เป็น (2567)', 'level_now'],
        ['จำนวนหน่วยงาน', 'orgs'],
      ],
    },
  },
  'grade-distribution': {
    fixture: 'scores',
    search: 'province=94',
    header: ['ปีงบประมาณ', 'ระดับ/ผลการประเมิน', 'จำนวนหน่วยงาน', 'สัดส่วน'],
    // Grades somebody reached: 2565 AA, A (2), B; 2566 ผ่านดี (2), ผ่าน, ต้องปรับปรุง; 2567 ผ่านดีเยี่ยม (95.50,
    // tools 96/95/95), ผ่านดี (91.67, tools 95/92/90), ต้องปรับปรุง (80.00).
    rows: 9,
    title: 'สัดส่วนหน่วยงานตามระดับผลการประเมิน แยกตามปีงบประมาณ',
    svgText: [`${P94} · ปีงบประมาณ 2565–2567`, SCORES_MIXED],
  },
  'area-pass-ranking': {
    fixture: 'scores',
    search: 'province=94',
    header: ['รหัส', 'พื้นที่', 'จำนวนหน่วยงาน', 'ผ่านเกณฑ์', 'ร้อยละที่ผ่าน', 'คะแนนเฉลี่ย'],
    // 2567: ยะหริ่ง 1 of 1 (6940907) before เมืองปัตตานี 1 of 2 (6940108 passes, 6940104 does not).
    rows: 2,
    title: 'อำเภอของจังหวัดปัตตานี เรียงตามสัดส่วนหน่วยงานที่ผ่านเกณฑ์ ปีงบประมาณ 2567',
    svgText: [`${P94} · ปีงบประมาณ 2567`, SCORES_MIXED],
    query: {
      name: 'area_pass_ranking',
      params: { province: '94', fiscal_year: '2567' },
      pairs: [
        ['รหัส', 'area_code'],
        ['ผ่านเกณฑ์', 'passed'],
        ['ร้อยละที่ผ่าน', 'pass_share'],
      ],
    },
  },
  'org-map': {
    fixture: 'scores+measures-completion',
    search: 'province=94&color=pass',
    header: [
      'รหัส',
      'ชื่อ',
      'ประเภท',
      'อำเภอ',
      'คะแนนรวม 2567',
      'ผ่านเกณฑ์',
      'จำนวนมาตรการ',
      'มาตรการที่ดำเนินการแล้ว',
      'สัดส่วนที่ดำเนินการแล้ว',
      'ละติจูด',
      'ลองจิจูด',
      'พิกัดคลาดเคลื่อน',
    ],
    // 2567 in 94: 6940104 80.00 and 6940907 91.67 imported, 6940108 95.50 synthetic; the registry places 6940104
    // and 6940108, not 6940907.
    rows: 3,
    title: 'แผนที่การผ่านเกณฑ์ ITA จังหวัดปัตตานี ปีงบประมาณ 2567',
    svgText: [
      `${P94} · ปีงบประมาณ 2567`,
      'ที่มา: ผลการประเมินที่นำเข้า 2 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 1 หน่วยงาน-ปี',
    ],
    query: {
      name: 'org_map',
      params: { fiscal_year: '2567', level: 'org', province: '94', far: '2.5' },
      pairs: [
        ['รหัส', 'code'],
        ['คะแนนรวม 2567', 'total'],
        ['ละติจูด', 'lat'],
      ],
    },
  },
  'province-org-totals': {
    fixture: 'scores',
    search: 'province=94',
    header: ['รหัส', 'หน่วยงาน', 'อำเภอ', 'คะแนนรวม', 'คะแนนรวม 2566', 'ผ่านเกณฑ์'],
    // 2567 in 94: 6940907 91.67 and 6940104 80.00 imported, 6940108 95.50 synthetic.
    rows: 3,
    title: 'คะแนนรวมของทุกหน่วยงานในจังหวัด เรียงจากสูงไปต่ำ',
    svgText: [
      `${P94} · เทียบปีงบประมาณ 2566 กับ 2567`,
      'ที่มา: ผลการประเมินที่นำเข้า 2 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 1 หน่วยงาน-ปี',
    ],
  },
  'province-districts': {
    fixture: 'scores',
    search: 'province=94&sort=-total',
    header: ['รหัส', 'อำเภอ', 'จำนวนหน่วยงาน', 'ผ่านเกณฑ์', 'ร้อยละที่ผ่าน', 'คะแนนเฉลี่ย'],
    rows: 2,
    title: 'สัดส่วนหน่วยงานที่ผ่านเกณฑ์ แยกตามอำเภอ',
    svgText: [
      `${P94} · ปีงบประมาณ 2567`,
      'ที่มา: ผลการประเมินที่นำเข้า 2 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 1 หน่วยงาน-ปี',
    ],
  },
  'measure-completion-trend': {
    fixture: 'scores+measures-completion',
    search: 'province=94',
    header: [
      'ปีงบประมาณ',
      'รอบ',
      'จำนวนหน่วยงาน',
      'จำนวนมาตรการ',
      'ดำเนินการแล้ว',
      'ดำเนินการไม่ได้',
      'อ่านสถานะไม่ได้',
      'ร้อยละที่ดำเนินการแล้ว',
    ],
    // 2566 and 2567, 6 and 12 months each.
    rows: 4,
    title: 'สัดส่วนมาตรการที่ดำเนินการแล้ว รอบ 6 และ 12 เดือน แยกตามปีงบประมาณ',
    // Each year counts its largest round: 2566 4 synthetic; 2567 3 real (6940907's report) and 4 synthetic.
    svgText: [`${P94} · ปีงบประมาณ 2566–2567`, 'ที่มา: รายงานจริง 3 มาตรการ และข้อมูลสังเคราะห์ 8 มาตรการ'],
    query: {
      name: 'measure_completion_trend',
      params: { province: '94' },
      pairs: [
        ['ปีงบประมาณ', 'fiscal_year'],
        ['จำนวนมาตรการ', 'measures'],
        ['ร้อยละที่ดำเนินการแล้ว', 'completion_share'],
      ],
    },
  },
  'measure-status-breakdown': {
    fixture: 'scores+measures-completion',
    search: 'province=94&year=2567&round=12m',
    header: [
      'ปีงบประมาณ',
      'รอบ',
      'จำนวนมาตรการ',
      'ดำเนินการแล้ว',
      'อยู่ระหว่างดำเนินการ',
      'ยังไม่ดำเนินการ',
      'ดำเนินการไม่ได้',
      'อ่านสถานะไม่ได้',
    ],
    // 2567, 6 and 12 months.
    rows: 2,
    title: 'สถานะของมาตรการ ปีงบประมาณ 2567 แยกตามรอบ',
    svgText: [`${P94} · ปีงบประมาณ 2567`, 'ที่มา: รายงานจริง 3 มาตรการ และข้อมูลสังเคราะห์ 4 มาตรการ'],
  },
  'completion-by-category': {
    fixture: 'scores+measures-completion',
    search: 'province=94&year=2567&status=completed',
    header: ['รหัส', 'หมวดมาตรการ', 'รอบ', 'จำนวนมาตรการ', 'ดำเนินการแล้ว', 'ร้อยละที่ดำเนินการแล้ว'],
    // anti_bribery, complaints, public_disclosure, stakeholder_participation in both rounds; discretion_review at
    // 6 months only.
    rows: 9,
    title: 'สัดส่วนที่ดำเนินการแล้วตามหมวดมาตรการ ปีงบประมาณ 2567',
    // 2567: the largest round has 3 real measures (6940907's report) and 4 synthetic ones (6940908, 6940108 at 6 months).
    svgText: [`${P94} · ปีงบประมาณ 2567`, 'ที่มา: รายงานจริง 3 มาตรการ และข้อมูลสังเคราะห์ 4 มาตรการ'],
  },
  'completion-by-indicator': {
    fixture: 'scores+measures-completion',
    search: 'province=94&year=2567',
    header: ['รหัส', 'ตัวชี้วัดเป้าหมาย', 'รอบ', 'จำนวนมาตรการ', 'ดำเนินการแล้ว', 'ร้อยละที่ดำเนินการแล้ว'],
    // 6 months: 1, 3, 5, 7, 8, 9, 10; 12 months: 1, 5, 7, 8, 9, 10.
    rows: 13,
    title: 'สัดส่วนที่ดำเนินการแล้วตามตัวชี้วัดที่มาตรการมุ่งแก้ ปีงบประมาณ 2567',
    svgText: [`${P94} · ปีงบประมาณ 2567`, 'ที่มา: รายงานจริง 3 มาตรการ และข้อมูลสังเคราะห์ 4 มาตรการ'],
  },
  'org-total-trend': {
    fixture: 'org-scores+org-measures',
    search: 'org=6940907',
    header: ['ปีงบประมาณ', 'คะแนนรวม', 'ระดับ/ผลการประเมิน', 'เกณฑ์ผ่าน', 'ที่มา'],
    // A (จะรัง): 2566 total 80 synthetic, 2567 88 imported.
    rows: 2,
    title: 'คะแนนรวม ITA รายปีของ อบต.จะรัง',
    svgText: [
      'หน่วยงาน: อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี · ปีงบประมาณ 2566–2567',
      'ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 1 หน่วยงาน-ปี',
    ],
    query: {
      name: 'org_years',
      params: { code: '6940907' },
      pairs: [
        ['ปีงบประมาณ', 'fiscal_year'],
        ['คะแนนรวม', 'total'],
        ['ที่มา', 'source'],
      ],
    },
  },
  'org-indicator-benchmark': {
    fixture: 'org-scores+org-measures',
    search: 'org=6940907&year=2567',
    header: [
      'ตัวชี้วัด',
      'ชื่อตัวชี้วัด',
      'อบต.จะรัง',
      'เป็นตัวชี้วัดที่อ่อน',
      'จำนวนในกลุ่ม',
      'ต่ำสุด',
      'ควอร์ไทล์ที่ 1',
      'ค่ามัธยฐาน',
      'ควอร์ไทล์ที่ 3',
      'สูงสุด',
      'อันดับ',
    ],
    // Indicators 1-10 of A in 2567; peers = the four other SAOs of province 94, all synthetic.
    rows: 10,
    title: 'ตัวชี้วัดปีงบประมาณ 2567 เทียบกับหน่วยงานในจังหวัดปัตตานี',
    svgText: [
      'หน่วยงาน: อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี · ปีงบประมาณ 2567 · กลุ่มเปรียบเทียบ: จังหวัดเดียวกัน · ตัวชี้วัดที่อ่อน: ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน',
      'ที่มา: ข้อมูลสังเคราะห์เพื่อการสาธิต (4 จาก 4 หน่วยงานในกลุ่มเป็นข้อมูลสังเคราะห์) ไม่ใช่ผลการประเมินจริง',
    ],
  },
  'org-completion': {
    fixture: 'org-scores+org-measures',
    search: 'org=6940907',
    header: [
      'ปีงบประมาณ',
      'รอบ',
      'จำนวนมาตรการ',
      'ดำเนินการแล้ว',
      'ดำเนินการไม่ได้',
      'สัดส่วนที่ดำเนินการแล้ว',
    ],
    // A's FY 2567 report: 6 months 1 of 3, 12 months 3 of 4.
    rows: 2,
    title: 'สัดส่วนมาตรการของ อบต.จะรัง ที่ดำเนินการแล้ว รายปีและรอบ',
    svgText: [
      'หน่วยงาน: อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี · ปีงบประมาณ 2567',
      'ที่มา: รายงานผลการดำเนินการตามมาตรการที่นำเข้า',
    ],
    query: {
      name: 'org_measure_completion',
      params: { code: '6940907' },
      pairs: [
        ['ปีงบประมาณ', 'fiscal_year'],
        ['ดำเนินการแล้ว', 'completed'],
        ['ดำเนินการไม่ได้', 'not_possible'],
      ],
    },
  },
  'org-measure-status': {
    fixture: 'org-scores+org-measures',
    search: 'org=6940907&year=2566',
    header: [
      'ปีงบประมาณ',
      'รอบ',
      'จำนวนมาตรการ',
      'ดำเนินการแล้ว',
      'อยู่ระหว่างดำเนินการ',
      'ยังไม่ดำเนินการ',
      'ดำเนินการไม่ได้',
      'อ่านสถานะไม่ได้',
    ],
    // A's FY 2567 report: 6 months completed, in progress, not started one each; 12 months 3 completed, 1 in progress.
    rows: 2,
    title: 'สถานะของมาตรการของ อบต.จะรัง รายปีและรอบ',
    svgText: [
      'หน่วยงาน: อบต.จะรัง อ.ยะหริ่ง จ.ปัตตานี · ปีงบประมาณ 2567',
      'ที่มา: รายงานผลการดำเนินการตามมาตรการที่นำเข้า',
    ],
    query: {
      name: 'org_measure_completion',
      params: { code: '6940907' },
      pairs: [
        ['จำนวนมาตรการ', 'measures'],
        ['อยู่ระหว่างดำเนินการ', 'in_progress'],
        ['ยังไม่ดำเนินการ', 'not_started'],
      ],
    },
  },
  'compare-indicator-profile': {
    fixture: 'org-scores+org-measures',
    search: 'orgs=6940907,6940108&year=2567',
    header: ['รหัส', 'หน่วยงาน', 'ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน'],
    // Indicators 1-10 of A and D in 2567.
    rows: 20,
    title: 'คะแนนรายตัวชี้วัด ปีงบประมาณ 2567',
    svgText: [
      'หน่วยงาน: อบต.จะรัง, อบต.ตะลุโบะ · ปีงบประมาณ 2567',
      // A's 2567 scores are imported, D's synthetic: one organisation-year each, however many indicators.
      'ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 1 หน่วยงาน-ปี',
    ],
  },
  'compare-total-trend': {
    fixture: 'org-scores+org-measures',
    search: 'orgs=6940907,6940108',
    header: ['รหัส', 'หน่วยงาน', 'ปีงบประมาณ', 'คะแนนรวม', 'ระดับ/ผลการประเมิน'],
    // A and D in 2566 and 2567.
    rows: 4,
    title: 'คะแนนรวม ITA รายปี',
    svgText: [
      'หน่วยงาน: อบต.จะรัง, อบต.ตะลุโบะ · ปีงบประมาณ 2566–2567',
      // A's 2567 total is imported; A's 2566 and both of D's are synthetic.
      'ที่มา: ผลการประเมินที่นำเข้า 1 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 3 หน่วยงาน-ปี',
    ],
  },
  'compare-completion': {
    fixture: 'org-scores+org-measures',
    search: 'orgs=6940907,6940108',
    header: [
      'รหัส',
      'หน่วยงาน',
      'ปีงบประมาณ',
      'รอบ',
      'จำนวนมาตรการ',
      'ดำเนินการแล้ว',
      'สัดส่วนที่ดำเนินการแล้ว',
    ],
    // A's real report and D's synthetic measures, FY 2567, both rounds each (org-measures.csv).
    rows: 4,
    title: 'สัดส่วนมาตรการที่ดำเนินการแล้ว รอบ 6 และ 12 เดือน',
    svgText: [
      'หน่วยงาน: อบต.จะรัง, อบต.ตะลุโบะ · ปีงบประมาณ 2567',
      'ที่มา: มาตรการสังเคราะห์เพื่อการสาธิต ไม่ใช่รายงานจริงของหน่วยงาน',
    ],
  },
};

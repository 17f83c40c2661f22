// For each registered chart, a view of the fixture database to export in the tests, the named query whose rows the
// CSV/XLSX must carry, and text the image must contain. Add an entry when you register a chart.

export interface ChartTestView {
  /** URL parameters of the view, as the page would have them. */
  search: string;
  query: string;
  queryParams: Record<string, string>;
  /** The query's columns in the order of the export's columns, and their headers in Thai. */
  keys: string[];
  header: string[];
  title: string;
  /** Text the SVG must contain: the title, the filter line, the source. */
  svgText: string[];
}

const PROVINCE_94 = 'ขอบเขต: จังหวัดปัตตานี · ปีงบประมาณ 2565–2567';
const MIXED_SOURCE = 'ที่มา: ผลการประเมินที่นำเข้า 2 หน่วยงาน-ปี และข้อมูลสังเคราะห์ 9 หน่วยงาน-ปี';

export const CHART_VIEWS: Record<string, ChartTestView> = {
  'total-distribution': {
    search: 'province=94',
    query: 'total_histogram',
    queryParams: { province: '94' },
    keys: ['fiscal_year', 'bin_start', 'bin_end', 'source', 'orgs'],
    header: ['ปีงบประมาณ', 'ช่วงคะแนนตั้งแต่', 'ถึง (ไม่รวม)', 'ที่มา', 'จำนวนหน่วยงาน'],
    title: 'การกระจายของคะแนนรวม ITA แยกตามปีงบประมาณ',
    svgText: ['การกระจายของคะแนนรวม ITA แยกตามปีงบประมาณ', PROVINCE_94, MIXED_SOURCE],
  },
  'pass-share-trend': {
    search: 'province=94',
    query: 'year_summary',
    queryParams: { province: '94' },
    keys: [
      'fiscal_year',
      'orgs',
      'mean_total',
      'median_total',
      'passed',
      'pass_share',
      'target_share',
    ],
    header: [
      'ปีงบประมาณ',
      'จำนวนหน่วยงาน',
      'คะแนนเฉลี่ย',
      'ค่ามัธยฐาน',
      'จำนวนที่ผ่านเกณฑ์',
      'ร้อยละที่ผ่าน',
      'เป้าหมายประเทศ',
    ],
    title: 'สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ',
    svgText: ['สัดส่วนหน่วยงานที่ผ่านเกณฑ์ เทียบกับเป้าหมายประเทศ', PROVINCE_94, MIXED_SOURCE],
  },
};

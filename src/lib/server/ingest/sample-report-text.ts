// Builds small measure reports as converted text, for tests that need a report with chosen results.

const T = '\t';

/** A report of อบต.จะรัง (อำเภอยะหริ่ง, ปัตตานี), FY 2566, round 6m, claiming a 2565 total score; one row per [name, result]. */
export function jaRangReport(results: [name: string, result: string][], total = '๘๘.๑๒'): string {
  return [
    'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
    'องค์การบริหารส่วนตำบลจะรัง อำเภอยะหริ่ง จังหวัดปัตตานี',
    `ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ โดยภาพรวมได้คะแนน ${total}`,
    '',
    `มาตรการ${T}ผลการดำเนินการ`,
    ...results.map(([name, result]) => `${name}${T}${result}`),
    '',
  ].join('\n');
}

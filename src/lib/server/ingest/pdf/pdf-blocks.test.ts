import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../paths';
import { ReportInputError } from '../decode';
import { parseReportBytes } from '../parse-report';
import { MAX_PDF_PAGES, pdfToBlocks } from './pdf-blocks';
import { syntheticPdf } from './synthetic-pdf';

const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(projectPath('data', 'fixtures', 'reports', 'pdf', name)));

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const err = await parseReportBytes(name, bytes).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ReportInputError);
  return (err as Error).message;
}

describe('PDFs the parser cannot read as text', () => {
  it('answers a scanned PDF (one page that is a picture) with one sentence', async () => {
    expect(await refusal('scan.pdf', fixture('scanned.pdf'))).toBe(
      'scan.pdf: this PDF has 1 page of images and no text; run OCR first',
    );
  }, 60_000);

  it('answers a scanned PDF of 300 pages within seconds, from its first pages', async () => {
    const scan = syntheticPdf({ pages: 300, scanned: true });
    await pdfToBlocks(syntheticPdf({ pages: 1 })); // loads pdfjs, which is not what is timed
    const start = performance.now();
    expect(await refusal('archive.pdf', scan)).toBe(
      'archive.pdf: this PDF has 300 pages of images and no text; run OCR first',
    );
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 60_000);

  it('answers a password-protected PDF', async () => {
    expect(await refusal('locked.pdf', syntheticPdf({ pages: 1, encrypted: true }))).toBe(
      'locked.pdf: this PDF is password-protected: save it without a password, then try again',
    );
  }, 60_000);

  it('answers a damaged PDF (cut short after its header)', async () => {
    const cut = syntheticPdf({ pages: 2 }).slice(0, 300);
    expect(await refusal('cut.pdf', cut)).toMatch(
      /^cut\.pdf: this PDF is damaged and cannot be read \(.+\): save or export it again$/,
    );
  }, 60_000);
});

describe('a long PDF', () => {
  it(`reads the first ${MAX_PDF_PAGES} of 300 pages within seconds and says so`, async () => {
    const bytes = syntheticPdf({ pages: 300 });
    await pdfToBlocks(syntheticPdf({ pages: 1 })); // loads pdfjs, which is not what is timed
    const start = performance.now();
    const { blocks, pages, warnings } = await pdfToBlocks(bytes);
    const ms = performance.now() - start;
    expect(pages).toBe(300);
    expect(warnings).toEqual([
      `only the first ${MAX_PDF_PAGES} of 300 pages were read (อ่านเฉพาะ ${MAX_PDF_PAGES} หน้าแรกจาก 300 หน้า)`,
    ]);
    // One table per page; the running header and the page numbers are gone.
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(MAX_PDF_PAGES);
    expect(blocks.filter((b) => b.kind === 'text')).toEqual([]);
    const first = blocks[0]!;
    expect(first.kind === 'table' && first.rows[0]).toEqual([
      'Measure 1.1',
      'Steps for measure 1',
      'Done on page 1',
    ]);
    // Measured at 3 s on 2 cores shared with seven other jobs; the bound leaves room for a busier machine.
    expect(ms).toBeLessThan(20_000);
  }, 120_000);
});

describe('generated PDFs: what their producers do to layout', () => {
  const generated = async (name: string) =>
    (
      await pdfToBlocks(
        new Uint8Array(
          fs.readFileSync(projectPath('data', 'fixtures', 'reports', 'pdf', 'layout', name)),
        ),
      )
    ).blocks;
  const texts = (blocks: Awaited<ReturnType<typeof generated>>) =>
    blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
  const rows = (blocks: Awaited<ReturnType<typeof generated>>) =>
    blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));

  it('runs on a sentence wrapped at Garuda line distance (LibreOffice)', async () => {
    // The document's memo: "…ประจำปีงบประมาณ พ.ศ. 2563 โดยภาพรวมได้คะแนน" / "99.89 คะแนน" on two lines.
    const paragraph = texts(await generated('03.libreoffice.pdf')).find((t) =>
      t.startsWith('ตามที่องค์การบริหารส่วนตำบลบางเมืองใหม่'),
    );
    expect(paragraph).toMatch(/โดยภาพรวมได้คะแนน 99\.89 คะแนน$/);
  }, 60_000);

  it('starts a new paragraph at a line that opens like the paragraph before it', async () => {
    // The memo has two weak indicators, each its own sentence; the first fills its line to the margin.
    const lines = texts(await generated('13.libreoffice.pdf')).filter((t) =>
      t.startsWith('ตัวชี้วัดที่'),
    );
    // Each indicator its own paragraph. (The second still runs on into the next sentence, which opens otherwise
    // and follows a full line: nothing on the page tells them apart.)
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้คะแนน ๑๘.๐๙ ซึ่งเป็นตัวชี้วัดที่ได้คะแนนต่ำที่สุด ต้องพัฒนา',
    );
    expect(lines[1]).toMatch(
      /^ตัวชี้วัดที่ ๒ การใช้งบประมาณ ได้คะแนน ๔๒\.๓๒ ซึ่งเป็นตัวชี้วัดที่ได้คะแนนต่ำที่สุด ต้องพัฒนา/,
    );
  }, 60_000);

  it('parts a number column from the name Chromium drew beside it, and keeps status words whole', async () => {
    const table = rows(await generated('00.chromium.pdf'));
    const row2 = table.find((r) => r[0] === '2');
    const row3 = table.find((r) => r[0] === '3');
    expect(row2?.[1]).toBe('มาตรการประกาศเจตจำนงสุจริตของผู้บริหาร');
    expect(row3?.[1]).toBe('มาตรการบริหารและพัฒนาทรัพยากรบุคคลอย่างโปร่งใส');
    expect(row3).toContain('อยู่ระหว่างดำเนินการ');
  }, 60_000);

  it('reads a repeated two-row header, clipped by LibreOffice, as header, not as the rest of a cut row', async () => {
    const blocks = await generated('01.libreoffice.pdf');
    const names = rows(blocks)
      .map((r) => r[0]!)
      .filter((c) => c.startsWith('('));
    // Six measures, in the plan table, the result table and its copy in the appendix.
    expect(names.filter((n) => n === '(6) มาตรการป้องกันการรับสินบน')).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('(2)'))).toEqual(
      Array(3).fill('(2) มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ'),
    );
    expect(rows(blocks).some((r) => r[0]!.startsWith('คุณธรรม'))).toBe(false);
    expect(texts(blocks)).toContain('ภาคผนวก แบบรายงานผลการดำเนินการ');
  }, 60_000);
});

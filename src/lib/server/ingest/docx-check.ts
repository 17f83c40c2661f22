// Refuses a DOCX beyond the limits before it is parsed: the ZIP checks, the size of its main part, its paragraph and table counts.
import { count, FileLimitError, mb, REPORT_LIMITS } from '../limits/limits';
import { checkZip } from '../limits/zip-check';

type Limits = typeof REPORT_LIMITS;

/** Occurrences of an element's start tag (`<w:p>` or `<w:p …>`, not `<w:pPr>`) in the part's bytes. */
function countTags(xml: Buffer, tag: string, most: number): number {
  const open = `<${tag}`;
  let n = 0;
  for (let at = xml.indexOf(open, 0, 'latin1'); at !== -1;) {
    const next = xml[at + open.length];
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x0a || next === 0x0d) {
      if (++n > most) return n;
    }
    at = xml.indexOf(open, at + open.length, 'latin1');
  }
  return n;
}

export function checkDocx(file: string, bytes: Uint8Array, limits: Limits = REPORT_LIMITS): void {
  const parts = checkZip(file, bytes, (name) => name === 'word/document.xml');
  const xml = parts.get('word/document.xml');
  if (!xml) return;
  if (xml.length > limits.maxDocumentXmlBytes)
    throw new FileLimitError(
      file,
      'too_large',
      `its text part (word/document.xml) is ${mb(xml.length)}; at most ${mb(limits.maxDocumentXmlBytes)} is read`,
      `ส่วนข้อความ (word/document.xml) มีขนาด ${mb(xml.length)} เกิน ${mb(limits.maxDocumentXmlBytes)} ที่อ่านได้`,
    );
  const paragraphs = countTags(xml, 'w:p', limits.maxParagraphs);
  if (paragraphs > limits.maxParagraphs)
    throw new FileLimitError(
      file,
      'too_large',
      `the document has more than ${count(limits.maxParagraphs)} paragraphs, the most a report is read with`,
      `เอกสารมีเกิน ${count(limits.maxParagraphs)} ย่อหน้า ซึ่งเป็นจำนวนสูงสุดที่อ่านได้`,
    );
  const tables = countTags(xml, 'w:tbl', limits.maxTables);
  if (tables > limits.maxTables)
    throw new FileLimitError(
      file,
      'too_large',
      `the document has more than ${count(limits.maxTables)} tables, the most a report is read with`,
      `เอกสารมีเกิน ${count(limits.maxTables)} ตาราง ซึ่งเป็นจำนวนสูงสุดที่อ่านได้`,
    );
}

/** Objects (`n g obj`) a PDF declares in plain sight; objects packed in object streams are bounded by the worker's budget. */
export function checkPdf(file: string, bytes: Uint8Array, limits: Limits = REPORT_LIMITS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (
    let at = buf.indexOf(' obj', 0, 'latin1');
    at !== -1;
    at = buf.indexOf(' obj', at + 4, 'latin1')
  ) {
    const before = buf[at - 1];
    if (before !== undefined && before >= 0x30 && before <= 0x39 && ++n > limits.maxPdfObjects)
      throw new FileLimitError(
        file,
        'too_large',
        `the PDF declares more than ${count(limits.maxPdfObjects)} objects (a 60-page report has about 2,000)`,
        `ไฟล์ PDF มีออบเจ็กต์เกิน ${count(limits.maxPdfObjects)} รายการ (รายงาน 60 หน้ามีประมาณ 2,000)`,
      );
  }
}

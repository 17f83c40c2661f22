import fc from 'fast-check';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DocxProblem, docxToBlocks, Numbering, wordXmlToBlocks } from './docx-blocks';
import { reportSpecArb } from './generator/arbitraries';
import { renderSpec } from './generator/render-spec';
import { htmlToBlocks } from './html-tables';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${runs.join('')}</w:p>`;
const r = (text: string) =>
  `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (props: string, ...paragraphs: string[]) =>
  `<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/>${props}</w:tcPr>${paragraphs.join('') || '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>${rows.join('')}</w:tbl>`;

describe('wordXmlToBlocks', () => {
  it('joins runs split inside a Thai word and keeps paragraphs apart', () => {
    const xml = doc(
      p(r('มาต'), r('รการ'), r('ส่งเสริม'), r('คุณ'), '<w:r><w:t>ธรรม</w:t></w:r>') +
        p(r('องค์การบริหาร'), r('ส่วนตำบล')),
    );
    expect(wordXmlToBlocks(xml)).toEqual([
      { kind: 'text', text: 'มาตรการส่งเสริมคุณธรรม' },
      { kind: 'text', text: 'องค์การบริหารส่วนตำบล' },
    ]);
  });

  it('turns tabs into spaces, line breaks into new paragraphs, and ignores tab stops and page breaks', () => {
    const xml = doc(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
        r('ที่') +
        '<w:r><w:tab/></w:r>' +
        r('ตร ๗๑๐๐๑/๑๒๓') +
        '<w:r><w:br/></w:r>' +
        r('วันที่ ๑ เมษายน') +
        '<w:r><w:br w:type="page"/></w:r>' +
        r(' ๒๕๖๗') +
        '</w:p>',
    );
    expect(wordXmlToBlocks(xml)).toEqual([
      { kind: 'text', text: 'ที่ ตร ๗๑๐๐๑/๑๒๓' },
      { kind: 'text', text: 'วันที่ ๑ เมษายน ๒๕๖๗' },
    ]);
  });

  it('reads a table: spans become empty cells, a vertical merge continues as empty cells', () => {
    const xml = doc(
      p(r('ก่อนตาราง')) +
        tbl(
          tr(
            tc('<w:vMerge w:val="restart"/>', p(r('มาตรการ'))),
            tc('<w:gridSpan w:val="2"/>', p(r('ผลการดำเนินการ'))),
          ),
          tr(
            tc('<w:vMerge/>', p(r('ซ้ำ ไม่แสดง'))),
            tc('', p(r('ดำเนินการแล้ว'))),
            tc('', p(r('อยู่ระหว่าง'))),
          ),
          tr(tc('', p(r('๑. มาตรการ'), r('ประหยัด'))), tc('', p(r('✓'))), tc('')),
        ) +
        p(r('หลังตาราง')),
    );
    expect(wordXmlToBlocks(xml)).toEqual([
      { kind: 'text', text: 'ก่อนตาราง' },
      {
        kind: 'table',
        rows: [
          ['มาตรการ', 'ผลการดำเนินการ', ''],
          ['', 'ดำเนินการแล้ว', 'อยู่ระหว่าง'],
          ['๑. มาตรการประหยัด', '✓', ''],
        ],
      },
      { kind: 'text', text: 'หลังตาราง' },
    ]);
  });

  it('keeps a cell’s paragraphs and line breaks as lines, drops empty rows, pads short rows', () => {
    const xml = doc(
      tbl(
        tr(
          tc('', p(r('ชื่อ')), p(), p(r('บรรทัดสอง'), '<w:r><w:br/><w:t>สาม</w:t></w:r>')),
          tc('', p(r('ข'))),
        ),
        tr(tc(''), tc('')),
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc('', p(r('ขวา'))) + '</w:tr>',
        tr(tc('', p(r('ซ้ายเท่านั้น')))),
      ),
    );
    expect(wordXmlToBlocks(xml)).toEqual([
      {
        kind: 'table',
        rows: [
          ['ชื่อ\nบรรทัดสอง\nสาม', 'ข'],
          ['', 'ขวา'],
          ['ซ้ายเท่านั้น', ''],
        ],
      },
    ]);
  });

  it('flattens a nested table into its cell, one line per paragraph', () => {
    const inner = tbl(
      tr(tc('', p(r('ใน ๑'))), tc('', p(r('ใน ๒')))),
      tr(tc('', p(r('ใน ๓'))), tc('')),
    );
    const xml = doc(tbl(tr(tc('', p(r('นอก')), inner, p()), tc('', p(r('ขวา'))))));
    expect(wordXmlToBlocks(xml)).toEqual([
      { kind: 'table', rows: [['นอก\nใน ๑\nใน ๒\nใน ๓', 'ขวา']] },
    ]);
  });

  it('reads the current text only: no deleted runs or rows, no field codes, one copy of a text box', () => {
    const xml = doc(
      p(
        r('สถานะ'),
        '<w:del w:id="1" w:author="x"><w:r><w:delText>ยังไม่ได้</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="x"><w:r><w:t>ดำเนินการแล้ว</w:t></w:r></w:ins>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r('เสร็จ'),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      ) +
        p(
          '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
            p(r('กล่องข้อความ')) +
            '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>' +
            p(r('กล่องข้อความ')) +
            '</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
        ) +
        tbl(
          tr(tc('', p(r('หัว')))),
          '<w:tr><w:trPr><w:del w:id="3" w:author="x"/></w:trPr>' +
            tc('', p(r('แถวที่ลบ'))) +
            '</w:tr>',
          tr(tc('', p(r('แถว')))),
        ),
    );
    expect(wordXmlToBlocks(xml)).toEqual([
      { kind: 'text', text: 'สถานะดำเนินการแล้วเสร็จ' },
      { kind: 'text', text: 'กล่องข้อความ' },
      { kind: 'table', rows: [['หัว'], ['แถว']] },
    ]);
  });

  it('decodes XML entities and writes tick and box symbols as the status reader knows them', () => {
    const xml = doc(
      p(r('ก &amp; ข &lt;ค&gt; &#3585;&#x0E02;')) +
        p(
          '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>',
          r(' ดำเนินการแล้วเสร็จ '),
          '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>',
          r(' อยู่ระหว่างดำเนินการ'),
          '<w:r><w:sym w:font="Webdings" w:char="F021"/></w:r>',
        ),
    );
    expect(wordXmlToBlocks(xml)).toEqual([
      { kind: 'text', text: 'ก & ข <ค> กข' },
      { kind: 'text', text: '☑ ดำเนินการแล้วเสร็จ ☐ อยู่ระหว่างดำเนินการ' },
    ]);
  });

  it('joins a paragraph whose mark was deleted to the next one', () => {
    const xml = doc(
      '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="x"/></w:rPr></w:pPr>' +
        r('มาตรการเผย') +
        '</w:p>' +
        p(r('แพร่ข้อมูล')),
    );
    expect(wordXmlToBlocks(xml)).toEqual([{ kind: 'text', text: 'มาตรการเผยแพร่ข้อมูล' }]);
  });
});

describe('list numbers (w:numPr)', () => {
  const lvl = (i: number, format: string, text: string, start = 1) =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = new Numbering(
    `<w:numbering ${W}>` +
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'thaiNumbers', '%1.')}${lvl(1, 'thaiNumbers', '%1.%2')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'thaiLetters', '(%1)')}${lvl(1, 'decimal', '%2)', 3)}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>',
  );
  const item = (numId: number, ilvl: number, text: string) =>
    `<w:p><w:pPr><w:pStyle w:val="List"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;

  it('writes each list number as Word shows it, counting per list and level; bullets give none', () => {
    const xml = doc(
      item(1, 0, 'มาตรการเผยแพร่ข้อมูล') +
        item(1, 1, 'กิจกรรมหนึ่ง') +
        item(1, 1, 'กิจกรรมสอง') +
        item(2, 0, 'จุดหนึ่ง') +
        item(1, 0, 'มาตรการป้องกันการรับสินบน') +
        item(1, 1, 'กิจกรรมใหม่') +
        item(3, 0, 'ข้อแรก') +
        item(3, 0, 'ข้อสอง') +
        item(3, 1, 'ย่อย') +
        tbl(tr(tc('', item(1, 0, 'มาตรการในตาราง')))),
    );
    expect(wordXmlToBlocks(xml, [], numbering)).toEqual([
      { kind: 'text', text: '๑. มาตรการเผยแพร่ข้อมูล' },
      { kind: 'text', text: '๑.๑ กิจกรรมหนึ่ง' },
      { kind: 'text', text: '๑.๒ กิจกรรมสอง' },
      { kind: 'text', text: 'จุดหนึ่ง' },
      { kind: 'text', text: '๒. มาตรการป้องกันการรับสินบน' },
      { kind: 'text', text: '๒.๑ กิจกรรมใหม่' },
      { kind: 'text', text: '(ก) ข้อแรก' },
      { kind: 'text', text: '(ข) ข้อสอง' },
      { kind: 'text', text: '3) ย่อย' },
      { kind: 'table', rows: [['๓. มาตรการในตาราง']] },
    ]);
  });

  it('leaves numbers out without the list definitions, as mammoth did', () => {
    expect(wordXmlToBlocks(doc(item(1, 0, 'มาตรการ')))).toEqual([
      { kind: 'text', text: 'มาตรการ' },
    ]);
  });
});

async function zipOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('docxToBlocks', () => {
  it('finds the main document through the package relationships, numbers its lists, then adds footnotes', async () => {
    const bytes = await zipOf({
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      'word/document2.xml': doc(
        p(r('รายงานผล')) +
          '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr></w:pPr><w:r><w:t>มาตรการ</w:t></w:r></w:p>',
      ),
      'word/numbering.xml': `<w:numbering ${W}><w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="9"/></w:num></w:numbering>`,
      'word/footnotes.xml': `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">${p(r('ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๗'))}</w:footnote></w:footnotes>`,
      'word/header1.xml': `<w:hdr ${W}>${p(r('หัวกระดาษ'))}</w:hdr>`,
    });
    expect(await docxToBlocks(bytes)).toEqual([
      { kind: 'text', text: 'รายงานผล' },
      { kind: 'text', text: '1. มาตรการ' },
      { kind: 'text', text: 'ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๗' },
    ]);
  });

  it('reads a document that binds WordprocessingML to another prefix (through mammoth)', async () => {
    const xml = doc(p(r('รายงานผล'), '<w:r><w:tab/><w:t>รอบ ๖ เดือน</w:t></w:r>'))
      .replace(/w:/g, 'ns0:')
      .replace('xmlns:w=', 'xmlns:ns0=');
    const bytes = await zipOf({
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': xml,
    });
    expect(xml).toContain('<ns0:t');
    expect(await docxToBlocks(bytes)).toEqual([{ kind: 'text', text: 'รายงานผล รอบ ๖ เดือน' }]);
  });

  it('refuses a ZIP without a Word document, and bytes that are no ZIP', async () => {
    await expect(docxToBlocks(await zipOf({ 'a.txt': 'x' }))).rejects.toThrow(DocxProblem);
    await expect(docxToBlocks(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).rejects.toThrow(
      /not a readable ZIP/,
    );
  });

  // The reader replaced mammoth → HTML → htmlToBlocks; on generated reports both must give the very same blocks.
  it('gives the blocks the mammoth HTML path gives, on generated reports', async () => {
    const specs = fc.sample(reportSpecArb({ maxMeasures: 8 }), { seed: 20261204, numRuns: 12 });
    for (const [i, spec] of specs.entries()) {
      const { bytes } = await renderSpec(spec, 'docx', `m${i}`);
      const viaHtml = htmlToBlocks(
        (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value,
      );
      expect(await docxToBlocks(bytes)).toEqual(viaHtml);
    }
  });
});

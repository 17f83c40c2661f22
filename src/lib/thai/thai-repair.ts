// Repairs what PDF text extraction does to Thai: spaces inside words, detached or reordered marks, split SARA AM, font glyphs.

// Character classes, by Unicode code point (Thai block U+0E00–U+0E7F).
const CONS = '\u0E01-\u0E2E';
/** Leading vowels เ แ โ ใ ไ: written before the consonant they follow in speech; never end a word. */
const LEAD = '\u0E40-\u0E44';
/** Vowels above the consonant: ั ิ ี ึ ื ็. */
const UPPER = '\u0E31\u0E34-\u0E37\u0E47';
/** Tone marks ่ ้ ๊ ๋. */
const TONE = '\u0E48-\u0E4B';
/** Every combining mark: upper and lower vowels, ฺ, tone marks, ์ ํ ๎. */
const MARK = '\u0E31\u0E34-\u0E3A\u0E47-\u0E4E';
/** Vowels written after the consonant that cannot start a syllable: ะ า ำ ๅ. */
const FOLLOW = '\u0E30\u0E32\u0E33\u0E45';

const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';
const SARA_AM = '\u0E33';

/**
 * Private-use code points that Thai fonts (the Windows/Apple convention, also written by some PDF producers) give
 * to shifted or shortened glyphs: ฐ and ญ without their descender, upper vowels moved left, tone marks moved left and
 * down, lower vowels moved down. Each maps back to the letter it draws.
 */
const PUA: Record<number, string> = {
  0xf700: '\u0E10',
  0xf701: '\u0E34',
  0xf702: '\u0E35',
  0xf703: '\u0E36',
  0xf704: '\u0E37',
  0xf705: '\u0E48',
  0xf706: '\u0E49',
  0xf707: '\u0E4A',
  0xf708: '\u0E4B',
  0xf709: '\u0E4C',
  0xf70a: '\u0E48',
  0xf70b: '\u0E49',
  0xf70c: '\u0E4A',
  0xf70d: '\u0E4B',
  0xf70e: '\u0E4C',
  0xf70f: '\u0E0D',
  0xf710: '\u0E31',
  0xf711: '\u0E4D',
  0xf712: '\u0E47',
  0xf713: '\u0E48',
  0xf714: '\u0E49',
  0xf715: '\u0E4A',
  0xf716: '\u0E4B',
  0xf717: '\u0E4C',
  0xf718: '\u0E38',
  0xf719: '\u0E39',
  0xf71a: '\u0E3A',
};

const re = (source: string) => new RegExp(source, 'g');

const RULES: [RegExp, string][] = [
  // NIKHAHIT + SARA AA is how fonts draw SARA AM; a tone mark may sit between them (น ้ ํ า, น ํ ้ า).
  [re(`${NIKHAHIT}([${TONE}]?)${SARA_AA}`), `$1${SARA_AM}`],
  [re(`([${TONE}])${NIKHAHIT}${SARA_AA}`), `$1${SARA_AM}`],
  // LibreOffice writes SARA AM and then a SARA AA at the same place (sometimes with a space between), and the tone
  // mark of ต่ำ after the SARA AM (ต ำ ่ า).
  [re(`${SARA_AM}([${TONE}])\\s*${SARA_AA}?`), `$1${SARA_AM}`],
  [re(`${SARA_AM}\\s*${SARA_AA}`), SARA_AM],
  // A mark standing alone between spaces was a glyph placed apart from its letter: it joins the text before it.
  [re(`\\s+([${MARK}]+)\\s+`), '$1'],
  // No word starts with a combining mark or a following vowel, and no word ends with a leading vowel.
  [re(`\\s+(?=[${MARK}${FOLLOW}])`), ''],
  [re(`([${LEAD}])\\s+`), '$1'],
  // A mark after a leading vowel belongs to the letter before it (ผลสัมฤทธิใ์ น → ผลสัมฤทธิ์ใน).
  [re(`([${LEAD}]+)([${MARK}]+)`), '$2$1'],
  // A tone mark written before the upper vowel of its letter (ก ่ ิ) goes after it.
  [re(`([${TONE}\u0E4C])([${UPPER}])`), '$2$1'],
  // ั and ็ (except in ก็) always close on a final consonant, so a space right after them (and their tone) is spurious.
  [re(`([${CONS}]\u0E31[${TONE}]?)\\s+(?=[${CONS}])`), '$1'],
  [re(`((?:^|[^\u0E01])\u0E47)\\s+(?=[${CONS}])`), '$1'],
  // เ…ิ (เนิน, เปิด) needs its final consonant too.
  [re(`([${LEAD}][${CONS}]{1,2}\u0E34[${TONE}]?)\\s+(?=[${CONS}])`), '$1'],
  // A consonant with only a tone mark, not after a leading vowel, is not a syllable yet (หน่ วย, ป้ องกัน).
  [re(`((?:^|[^${LEAD}${CONS}])[${CONS}]{0,2}?[${CONS}][${TONE}])\\s+(?=[${CONS}])`), '$1'],
];

/**
 * A tone mark printed after the final consonant instead of above the upper vowel (ขัน้ → ขั้น, ชือ่ → ชื่อ). Not when
 * the consonant starts a syllable of its own: a vowel follows, or ว / อ / ย that carry a diphthong (มีส่วน, มีค่า).
 */
const LATE_TONE = re(
  `([${CONS}][${UPPER.replace('\u0E47', '')}])([${CONS}])([${TONE}])(?![${MARK}${FOLLOW}\u0E27\u0E2D\u0E22])`,
);

/** Repairs extracted Thai text, then normalises to NFC. Text without Thai passes through unchanged but for NFC. */
export function repairThai(text: string): string {
  let out = text
    .replaceAll('\u0000', '')
    .replace(/[\uF700-\uF71A]/g, (c) => PUA[c.charCodeAt(0)] ?? c);
  if (!/[\u0E00-\u0E7F]/.test(out)) return out.normalize('NFC');
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  out = out.replace(LATE_TONE, '$1$3$2');
  // The rules above can expose a new match for the space rules (a mark moved next to a space): one more pass.
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out.normalize('NFC');
}

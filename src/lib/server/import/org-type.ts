// Agency types (ประเภท) as a type column writes them, and the names an added organisation gets from its type.
import type { OrgType } from '../../thai/org-name';
import { compactText } from './header-text';

export type { OrgType };

interface TypeWords {
  type: OrgType;
  long: string;
  short: string;
  /** Compact spellings of the type on its own (see compactText). */
  words: string[];
}

const TYPES: TypeWords[] = [
  {
    type: 'sao',
    long: 'องค์การบริหารส่วนตำบล',
    short: 'อบต.',
    words: [
      'องค์การบริหารส่วนตำบล',
      'อบต',
      'sao',
      'tao',
      'subdistrictadministrativeorganisation',
      'subdistrictadministrativeorganization',
    ],
  },
  {
    type: 'subdistrict_municipality',
    long: 'เทศบาลตำบล',
    short: 'ทต.',
    words: [
      'เทศบาลตำบล',
      'ทต',
      'subdistrictmunicipality',
      'tambonmunicipality',
      'municipalitysubdistrict',
    ],
  },
  {
    type: 'town_municipality',
    long: 'เทศบาลเมือง',
    short: 'ทม.',
    words: ['เทศบาลเมือง', 'ทม', 'townmunicipality', 'municipalitytown'],
  },
  {
    type: 'city_municipality',
    long: 'เทศบาลนคร',
    short: 'ทน.',
    words: ['เทศบาลนคร', 'ทน', 'citymunicipality', 'municipalitycity'],
  },
  {
    type: 'pao',
    long: 'องค์การบริหารส่วนจังหวัด',
    short: 'อบจ.',
    words: [
      'องค์การบริหารส่วนจังหวัด',
      'อบจ',
      'pao',
      'provincialadministrativeorganisation',
      'provincialadministrativeorganization',
    ],
  },
  {
    type: 'special',
    long: '',
    short: '',
    words: [
      'ท้องถิ่นรูปแบบพิเศษ',
      'องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ',
      'อปทรูปแบบพิเศษ',
      'รูปแบบพิเศษ',
      'special',
      'speciallocalgovernment',
    ],
  },
  { type: 'other', long: '', short: '', words: ['อื่นๆ', 'อื่น', 'other'] },
];

/** The type named by a ประเภท/type cell ("เทศบาลตำบล", "ทต.", "PAO", "town_municipality"); null when it names none. */
export function parseOrgType(text: string): OrgType | null {
  const c = compactText(text);
  if (!c) return null;
  return TYPES.find((t) => t.words.includes(c) || t.type.replace(/_/g, '') === c)?.type ?? null;
}

/** Full and short names for an organisation of a type: ("บางปู", subdistrict_municipality) → เทศบาลตำบลบางปู, ทต.บางปู. */
export function namesFor(type: OrgType, place: string): { name_th: string; short_name_th: string } {
  const t = TYPES.find((x) => x.type === type)!;
  return { name_th: `${t.long}${place}`, short_name_th: `${t.short}${place}` };
}

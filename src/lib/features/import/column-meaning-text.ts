// A score file column's meaning (the import summary's "columns" labels, e.g. score:9.1) in words for the reader.
import type { MessageKey, Translate } from '../../i18n/messages';

const KINDS = [
  'org_code',
  'org_name',
  'district',
  'province',
  'org_type',
  'fiscal_year',
  'grade',
  'indicator',
  'value',
  'ignored',
];

export function columnMeaningText(label: string, t: Translate): string {
  if (KINDS.includes(label)) return t(`import.meaning.${label}` as MessageKey);
  const score = /^score:(.+)$/.exec(label)?.[1];
  if (score === undefined) return label;
  if (score === 'TOTAL') return t('import.meaning.total');
  if (['IIT', 'EIT', 'OIT'].includes(score)) return score;
  // A sub-indicator named by text: "9.4@2564-2566,9.3@2567-2568".
  if (score.includes('@'))
    return t('import.meaning.score', {
      code: score
        .replace(/@[\d-]+/g, '')
        .split(',')
        .join(' / '),
    });
  return t('import.meaning.score', { code: score });
}

// One chart, one definition (issue 12): over many views of every page (scopes, years, types, peer groups, the page's
// own parameters), the first HTML already holds each chart's picture, and each chart's export says exactly what the
// page says (title, subtitle, summary, source, official source, row count). Served HTML only: no browser needed.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { squeeze, svgText } from './exports-files';

const baseURL = inject('baseURL');

const json = async <T>(path: string): Promise<T> =>
  (await fetch(`${baseURL}${path}`)).json() as Promise<T>;

let older: number;
let district: string;

beforeAll(async () => {
  const inventory = await json<{ fiscal_year: number; orgs_scored: number }[]>(
    '/api/query/data_inventory?format=json',
  );
  const years = inventory.filter((r) => r.orgs_scored > 0).map((r) => r.fiscal_year);
  older = years.at(-3)!;
  const districts = await json<{ district_code: string }[]>(
    '/api/query/districts?province=94&format=json',
  );
  district = districts[1]!.district_code;
});

// Each page with the views it is read in: other years, a district, every type, the other peer and weak choices.
function views(): [string, string[]][] {
  const common = [`year=${older}`, 'type=all', 'weak=peer_median&peer=similar'];
  return [
    ['/', ['', 'province=94', `province=94&district=${district}`, ...common]],
    [
      '/indicators',
      [
        'province=94',
        `province=94&district=${district}`,
        'weak=lowest',
        ...common.map((c) => `province=94&${c}`),
      ],
    ],
    ['/changes', ['province=94', `province=94&year=${older}&compare=${older - 1}`, 'type=all']],
    [
      '/measures',
      ['province=94', 'province=94&year=2567', `province=94&district=${district}`, 'type=all'],
    ],
    [
      '/province/94',
      ['', `year=${older}`, 'type=all', 'weak=peer_median&peer=similar', `district=${district}`],
    ],
    ['/org/6940907', ['', `year=${older}`, 'peer=district']],
    ['/compare', ['orgs=6940907,6940108,6940104', `orgs=6940907,6940108&year=${older}`]],
  ];
}

describe('every chart in the first HTML, and its export says what the page says', () => {
  it('covers every page in several views', async () => {
    let figuresChecked = 0;
    for (const [path, searches] of views())
      for (const search of searches) {
        const url = `${path}${search ? `?${search}` : ''}`;
        const res = await fetch(`${baseURL}${url}`);
        expect(res.status, url).toBe(200);
        const doc = new JSDOM(await res.text()).window.document;
        const figures = [...doc.querySelectorAll('figure[data-chart]')];
        expect(figures.length, url).toBeGreaterThan(0);
        for (const fig of figures) {
          const id = `${url} ${fig.getAttribute('data-chart')}`;
          expect(fig.getAttribute('data-status'), id).toBe('ready');
          const rows = Number(fig.getAttribute('data-rows'));
          if (rows === 0) continue;
          // The picture is drawn by the server: there without any JavaScript.
          expect(fig.querySelector('.plot svg'), id).not.toBeNull();
          const href = fig.querySelector('[data-export="svg"]')?.getAttribute('href');
          expect(href, id).toBeTruthy();
          const svg = await (await fetch(`${baseURL}${href}`)).text();
          expect(svgText(svg, 'title'), id).toBe(squeeze(fig.querySelector('h2')?.textContent));
          const subtitle = fig.querySelector('p.subtitle');
          if (subtitle) expect(svgText(svg, 'description'), id).toBe(squeeze(subtitle.textContent));
          const summary = fig.querySelector('p.summary');
          if (summary) expect(svgText(svg, 'summary'), id).toBe(squeeze(summary.textContent));
          expect(svgText(svg, 'source'), id).toBe(
            squeeze(fig.querySelector('p.source')?.textContent),
          );
          const official = fig.querySelector('[data-official-source]');
          if (official)
            expect(svgText(svg, 'official-source'), id).toBe(squeeze(official.textContent));
          const csv = await (
            await fetch(`${baseURL}${href!.replace(/\.svg(\?|$)/, '.csv$1')}`)
          ).text();
          expect(csv.split('\r\n').filter(Boolean).length - 1, id).toBe(rows);
          figuresChecked++;
        }
      }
    // 7 pages × 2-7 views × their charts.
    expect(figuresChecked).toBeGreaterThan(100);
  });
});

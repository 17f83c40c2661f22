// A chart's own URL parameters on a page: taken when its def declares them and they match, a 400 naming them when not.
import { describe, expect, it } from 'vitest';
import { orgMap } from '../features/map/charts';
import { MAP_PARAMS } from '../features/map/map-view';
import { pageChartParams } from './page-charts';

describe('pageChartParams', () => {
  it('keeps the parameters the chart declares, and only those', () => {
    const search = new URLSearchParams('color=indicator&ind=10&year=2567&sort=name&by=');
    expect(pageChartParams(orgMap, search)).toEqual({ color: 'indicator', ind: '10' });
    expect(orgMap.params).toBe(MAP_PARAMS);
  });
  it('answers a value the chart cannot draw with a 400 naming the parameter', () => {
    expect(() => pageChartParams(orgMap, new URLSearchParams('ind=11'))).toThrow(
      expect.objectContaining({ status: 400, body: expect.objectContaining({ param: 'ind' }) }),
    );
  });
});

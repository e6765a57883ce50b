/** The words the report writes for a metric (src/report/metrics.ts metricWords). */
import { describe, expect, it } from 'vitest';
import { metricWords } from '../../src/report/metrics.ts';

describe('metricWords', () => {
  it('takes every metric’s label and unit from the metric catalogue, its placeholders in words', () => {
    expect(metricWords('hours.offenderSupervisors.idle')).toMatchObject({ label: 'Hours of offender supervisors: no casework waiting', unit: 'hours', share: false });
    expect(metricWords('parole.dossiersLackingOasysShare')).toMatchObject({ unit: '%', share: true });
    expect(metricWords('workload.capacityPercent.probationOfficers')).toMatchObject({ unit: '%', share: false });
  });

  it('gives a key metric its label, better side and the sentence of its finding', () => {
    expect(metricWords('contacts.deliveredShare')).toMatchObject({ label: 'Required contacts delivered', unit: '%', share: true, better: 'higher' });
    expect(metricWords('contacts.deliveredShare').sentence).toContain('{value}');
    expect(metricWords('workload.capacityPercent').better).toBeUndefined();
  });

  it('writes a name the catalogue does not define as itself, with no unit', () => {
    expect(metricWords('no.such.metric')).toMatchObject({ label: 'no.such.metric', unit: '', share: false });
  });
});

/** The words the report writes for a metric (src/report/metrics.ts metricWords). */
import { describe, expect, it } from 'vitest';
import { metricWords } from '../../src/report/metrics.ts';

describe('metricWords', () => {
  it('takes a metric’s unit from the metric catalogue when the report has no words of its own for it', () => {
    expect(metricWords('hours.offenderSupervisors.idle')).toMatchObject({ label: 'hours.offenderSupervisors.idle', unit: 'hours', share: false });
    expect(metricWords('parole.dossiersLackingOasysShare')).toMatchObject({ unit: '%', share: true });
    expect(metricWords('workload.capacityPercent.probationOfficers')).toMatchObject({ unit: '%', share: false });
  });

  it('keeps the report’s own words for a key metric', () => {
    expect(metricWords('contacts.deliveredShare')).toMatchObject({ label: 'Required contacts delivered', unit: '%', share: true });
  });
});

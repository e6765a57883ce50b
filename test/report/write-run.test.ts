/** A run's result files (src/report/write-run.ts). */
import { describe, expect, it } from 'vitest';
import type { ReplicationRecord } from '../../src/experiment/study.ts';
import type { StudySummary } from '../../src/experiment/summary.ts';
import { writeRunOutput } from '../../src/report/write-run.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

describe('writeRunOutput', () => {
  it('writes summary.csv, one row a metric, with intervals and means cut off at the values each metric can take (a share, or days, never below 0)', () => {
    const files = new Map<string, string>();
    const summary = {
      omsim: { version: 'test' },
      scenario: scenarioSchema.parse({ name: 'small' }),
      study: { replications: 3, seeds: ['1.0', '1.1', '1.2'], horizonYears: 1, warmupWeeks: 0, suggestedWarmupWeeks: 0 },
      metrics: {
        'reports.parole.onTimeShare': { mean: 0.003, sd: 0.004, ci95: [-0.002, 0.008], n: 3 },
        'hdc.daysLost': { mean: 2, sd: 1, ci95: [-0.5, 4.5], n: 3 },
      },
    } as StudySummary;
    writeRunOutput({ write: (name, content) => files.set(name, String(content)) }, summary, [], 'name: small\n');
    expect(files.get('data-dictionary.csv')).toBe(
      'metric,label,unit,kind,range,better,definition,in weekly.csv\nreports.parole.onTimeShare,Parole reports on time,"a share, 0 to 1",share,0 to 1,higher,onTime ÷ due,no\nhdc.daysLost,Days of home detention curfew lost,days,count,0 or more,lower,days of HDC lost to late assessments,no\n',
    );
    expect(files.get('summary.csv')).toBe(
      'scenario,metric,label,unit,mean,sd,low,high,n\nsmall,reports.parole.onTimeShare,Parole reports on time,"a share, 0 to 1",0.003,0.004,0,0.008,3\nsmall,hdc.daysLost,Days of home detention curfew lost,days,2,1,0,4.5,3\n',
    );
  });

  it('says in data-dictionary.csv which weekly series are stocks at the week’s end and which are flows over it', () => {
    const files = new Map<string, string>();
    const summary = {
      omsim: { version: 'test' },
      scenario: scenarioSchema.parse({ name: 'small' }),
      study: { replications: 1, seeds: ['1.0'], horizonYears: 1, warmupWeeks: 0, suggestedWarmupWeeks: 0 },
      metrics: { 'prisoners.population.mean': { mean: 5, sd: 0, ci95: [5, 5], n: 1 } },
    } as StudySummary;
    const record = { replication: 0, seed: '1.0', metrics: {}, events: 1, weekly: [{ week: 0, values: { 'prisoners.population': 5, 'contacts.delivered': 3 } }] } as unknown as ReplicationRecord;
    writeRunOutput({ write: (name, content) => files.set(name, String(content)) }, summary, [record], 'name: small\n');
    const rows = (files.get('data-dictionary.csv') ?? '').trimEnd().split('\n');
    expect(rows).toContain('prisoners.population.mean,People held,people,level,0 or more,none,"people held, time-weighted mean",no');
    expect(rows).toContain('prisoners.population,People held,people,level,0 or more,none,people held at the week’s end,stock: at the week’s end');
    expect(rows).toContain('contacts.delivered,Supervision contacts delivered,contacts,count,0 or more,none,"of those required, delivered before the next fell due",flow: over the week');
  });

  it('hands weekly.csv and replications.csv to the folder line by line, never as one string (a long study’s would be longer than any string can be)', () => {
    const written = new Map<string, unknown>();
    const summary = {
      omsim: { version: 'test' },
      scenario: scenarioSchema.parse({ name: 'small' }),
      study: { replications: 2, seeds: ['1.0', '1.1'], horizonYears: 1, warmupWeeks: 0, suggestedWarmupWeeks: 0 },
      metrics: { 'contacts.delivered': { mean: 5, sd: 0, ci95: [5, 5], n: 2 } },
    } as StudySummary;
    const records = [0, 1].map((replication) => ({
      replication,
      seed: `1.${replication}`,
      metrics: { 'contacts.delivered': 5 },
      events: 1,
      weekly: Array.from({ length: 30 }, (_, week) => ({ week, values: { 'contacts.delivered': week, 'prisoners.population': 300 } })),
    })) as ReplicationRecord[];
    writeRunOutput({ write: (name, content) => written.set(name, content) }, summary, records, 'name: small\n');
    const piecesOf = new Map<string, string[]>();
    for (const file of ['weekly.csv', 'replications.csv']) {
      const content = written.get(file);
      expect(typeof content, file).not.toBe('string');
      const pieces = [...(content as Iterable<string>)];
      piecesOf.set(file, pieces);
      // Each piece one line: the header, then one a row.
      expect(pieces.every((piece) => piece.indexOf('\n') === piece.length - 1), file).toBe(true);
      expect(pieces.length, file).toBe(file === 'weekly.csv' ? 1 + 2 * 30 * 2 : 1 + 2);
    }
    expect(piecesOf.get('weekly.csv')?.slice(0, 2)).toEqual(['scenario,replication,week,metric,value\n', 'small,0,0,contacts.delivered,0\n']);
  });
});

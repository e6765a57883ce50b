/** src/scenario/abolished-sentences.ts: a scenario of a later era whose courts still pass a sentence abolished before it is warned, where the mix was written. */
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/scenario/index.ts';
import { describeProblem } from '../../src/scenario/messages.ts';

const abolished = (text: string, overrides: string[] = []) =>
  loadScenarioText(text, 'mine.yaml', { overrides })
    .warnings.filter((w) => w.code === 'abolishedSentence')
    .map(describeProblem);

const localMix = (ipp: number) => `population:\n  receptionMix: { remand: 0.45, determinate: ${0.55 - ipp}, ipp: ${ipp}, life: 0 }\n`;

describe('sentences the courts no longer passed', () => {
  it('are warned of in a local prison of 2013 on, where the mix is written, naming the act that ended them', () => {
    expect(abolished(`name: mine\nera: 2013\n${localMix(0.01)}`)).toEqual([
      'population.receptionMix.ipp is 0.01, but courts passed that sentence only until 2012 (Legal Aid, Sentencing and Punishment of Offenders Act 2012, section 123 (abolition of imprisonment for public protection)); this scenario states era 2013, when they passed none (mine.yaml:4:57)',
    ]);
    // The schema's local mix keeps a little IPP, of 2011: a later local prison that keeps it is told so, with no line.
    expect(abolished('name: mine\nera: 2024\n')).toEqual([expect.stringMatching(/^population\.receptionMix\.ipp is 0\.002, .*era 2024, when they passed none \(the default, not set in mine\.yaml\)$/)]);
  });

  it('are not warned of up to 2012, with no era, or with no IPP', () => {
    expect(abolished(`name: mine\nera: 2012\n${localMix(0.01)}`)).toEqual([]);
    expect(abolished(`name: mine\n${localMix(0.01)}`)).toEqual([]);
    expect(abolished(`name: mine\nera: 2024\n${localMix(0)}`)).toEqual([]);
  });

  it('are not warned of in prisons that receive from other prisons, which went on taking men serving IPP', () => {
    expect(abolished(`name: mine\nera: 2024\nestablishment: { type: training }\n${localMix(0.03)}`)).toEqual([]);
    expect(abolished(`name: mine\nera: 2024\nestablishment: { type: women }\n${localMix(0.01)}`)).toHaveLength(1);
  });

  it('are warned of group by group in an estate, and for the scenario’s mix only where a court-receiving group keeps it', () => {
    const estate = (localsMix: string) =>
      `name: mine\nera: 2024\n${localMix(0.002)}estate:\n  - name: locals\n    count: 2\n${localsMix}  - name: trainings\n    count: 2\n    establishment: { type: training }\n    population:\n      receptionMix: { remand: 0, determinate: 0.9, ipp: 0.03, life: 0.07 }\n  - name: womens\n    establishment: { type: women }\n    population:\n      receptionMix: { remand: 0.35, determinate: 0.63, ipp: 0.005, life: 0.015 }\n`;
    expect(abolished(estate('')).map((m) => m.split(' is ')[0])).toEqual(['population.receptionMix.ipp', 'estate[2].population.receptionMix.ipp']);
    const ownMix = '    population:\n      receptionMix: { remand: 0.45, determinate: 0.547, ipp: 0, life: 0.003 }\n';
    expect(abolished(estate(ownMix)).map((m) => m.split(' is ')[0])).toEqual(['estate[2].population.receptionMix.ipp']);
  });

  it('are in no bundled scenario', () => {
    for (const name of ['national-estate', 'national-estate-2014', 'national-estate-omic', 'omic-2022', 'psp-benchmark-2014', 'psp-benchmark-2014-open', 'psp-benchmark-2014-women']) {
      expect([name, loadScenario(`scenarios/${name}.yaml`).warnings.filter((w) => w.code === 'abolishedSentence').map(describeProblem)]).toEqual([name, []]);
    }
  });
});

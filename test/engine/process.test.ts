/** Processes: holding, waiting for events, being events, failing, and being interrupted. */
import { describe, expect, it } from 'vitest';
import { Interrupt, Process, Simulation, type ProcessBody } from '../../src/engine/index.ts';

describe('holding and waiting', () => {
  it('yielding a number holds the process for that long', () => {
    const sim = new Simulation();
    const times: number[] = [];
    sim.process(
      (function* (): ProcessBody<void> {
        times.push(sim.now);
        yield 2.5;
        times.push(sim.now);
        yield 0;
        times.push(sim.now);
        yield 4;
        times.push(sim.now);
      })(),
    );
    sim.run();
    expect(times).toEqual([0, 2.5, 2.5, 6.5]);
  });

  it('yielding an event waits until it is processed and receives its value', () => {
    const sim = new Simulation();
    const event = sim.event<string>();
    let received: [number, string] | undefined;
    sim.process(
      (function* (): ProcessBody<void> {
        const value: string = yield event;
        received = [sim.now, value];
      })(),
    );
    sim.call(3, () => event.succeed('hello'));
    sim.run();
    expect(received).toEqual([3, 'hello']);
  });

  it('a failed event is thrown into the process at its yield', () => {
    const sim = new Simulation();
    const event = sim.event();
    const error = new Error('broken');
    let caught: unknown;
    sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield event;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    event.fail(error, 1);
    sim.run();
    expect(caught).toBe(error);
  });

  it('yielding an already-processed event continues at once, before other entries due at that instant', () => {
    const sim = new Simulation();
    const done = sim.event<number>();
    done.succeed(42);
    sim.run();
    const seen: string[] = [];
    sim.call(0, () => seen.push('ordinary entry'));
    sim.process(
      (function* (): ProcessBody<void> {
        const value: number = yield done;
        seen.push(`continued with ${value}`);
      })(),
    );
    const before = sim.processedCount;
    sim.run();
    expect(seen).toEqual(['continued with 42', 'ordinary entry']);
    // The start and the ordinary entry: no calendar round trip for the processed event.
    expect(sim.processedCount - before).toBe(2);
  });

  it('a process starts at the instant it is created, ahead of ordinary entries due then, after the step that created it', () => {
    const sim = new Simulation();
    const seen: string[] = [];
    sim.call(1, () => {
      sim.call(0, () => seen.push('ordinary'));
      sim.process(
        (function* (): ProcessBody<void> {
          seen.push(`started at ${sim.now}`);
        })(),
      );
      seen.push('creator finished');
    });
    sim.run();
    expect(seen).toEqual(['creator finished', 'started at 1', 'ordinary']);
  });

  it('yielding a negative duration, or something that is not an event, throws into the process', () => {
    const sim = new Simulation();
    const caught: unknown[] = [];
    sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield -1;
        } catch (e) {
          caught.push(e);
        }
        try {
          yield 'soon' as unknown as number;
        } catch (e) {
          caught.push(e);
        }
      })(),
    );
    sim.run();
    expect(caught[0]).toBeInstanceOf(RangeError);
    expect(caught[1]).toBeInstanceOf(TypeError);
  });
});

describe('a process as an event', () => {
  it('succeeds with the generator’s return value for a process waiting on it', () => {
    const sim = new Simulation();
    const child = sim.process(
      (function* (): ProcessBody<string> {
        yield 3;
        return 'result';
      })(),
    );
    let got: [number, string] | undefined;
    sim.process(
      (function* (): ProcessBody<void> {
        const value: string = yield child;
        got = [sim.now, value];
      })(),
    );
    sim.run();
    expect(got).toEqual([3, 'result']);
    expect(child.isAlive).toBe(false);
    expect(child.value).toBe('result');
  });

  it('waiting on a process that has already ended continues at once with its value', () => {
    const sim = new Simulation();
    const child = sim.process(
      (function* (): ProcessBody<number> {
        return 7;
      })(),
    );
    sim.run();
    let got: [number, number] | undefined;
    sim.call(5, () =>
      sim.process(
        (function* (): ProcessBody<void> {
          got = [sim.now, yield child];
        })(),
      ),
    );
    sim.run();
    expect(got).toEqual([5, 7]);
  });

  it('an uncaught error in a process nobody waits for stops the run with that error', () => {
    const sim = new Simulation();
    const error = new Error('unhandled');
    sim.process(
      (function* (): ProcessBody<void> {
        yield 2;
        throw error;
      })(),
    );
    sim.call(10, () => {});
    expect(() => sim.run()).toThrow(error);
    expect(sim.now).toBe(2);
  });

  it('an error in a process another process waits for is thrown into the waiter, and the run goes on', () => {
    const sim = new Simulation();
    const error = new Error('child failed');
    const child = sim.process(
      (function* (): ProcessBody<void> {
        yield 1;
        throw error;
      })(),
    );
    let caught: unknown;
    sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield child;
        } catch (e) {
          caught = e;
        }
        yield 4;
      })(),
    );
    sim.run();
    expect(caught).toBe(error);
    expect(sim.now).toBe(5);
  });
});

describe('interrupts', () => {
  /** A process that holds for `hold` and records what interrupts it. */
  function holder(sim: Simulation, hold: number, log: Interrupt[]): Process<void> {
    return sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield hold;
        } catch (e) {
          if (!(e instanceof Interrupt)) throw e;
          log.push(e);
        }
      })(),
    );
  }

  it('an interrupt during a hold carries its cause and the time left of the hold', () => {
    const sim = new Simulation();
    const log: Interrupt[] = [];
    const victim = holder(sim, 10, log);
    sim.call(4, () => victim.interrupt('stop'));
    sim.run();
    expect(log).toHaveLength(1);
    expect(log[0].cause).toBe('stop');
    expect(log[0].remaining).toBe(6);
    expect(log[0].message).toMatch(/stop/);
  });

  it('an interrupt while waiting for a timeout carries the time left of the timeout, and the timeout is withdrawn', () => {
    const sim = new Simulation();
    const timeout = sim.timeout(8);
    let interrupt: Interrupt | undefined;
    const victim = sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield timeout;
        } catch (e) {
          interrupt = e as Interrupt;
        }
      })(),
    );
    sim.call(3, () => victim.interrupt());
    sim.run();
    expect(interrupt?.remaining).toBe(5);
    expect(interrupt?.cause).toBeNull();
    expect(timeout.processed).toBe(false);
    expect(sim.now).toBe(3);
  });

  it('an interrupt while waiting for some other event has NaN remaining, and the event no longer resumes the process', () => {
    const sim = new Simulation();
    const event = sim.event<string>();
    const seen: string[] = [];
    const victim = sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield event;
          seen.push('resumed by event');
        } catch (e) {
          seen.push(`interrupted, remaining ${(e as Interrupt).remaining}`);
        }
        yield 10;
        seen.push(`hold ended at ${sim.now}`);
      })(),
    );
    sim.call(1, () => victim.interrupt());
    sim.call(2, () => event.succeed('late'));
    sim.run();
    expect(seen).toEqual(['interrupted, remaining NaN', 'hold ended at 11']);
  });

  it('an interrupted process is not resumed by an event it had been waiting on together with other processes', () => {
    // Two processes wait on one shared signal; one is interrupted and goes on
    // to hold. When the signal fires, only the process still waiting wakes.
    const sim = new Simulation();
    const signal = sim.event<string>();
    const seen: string[] = [];
    const waiter = (name: string): Process<void> =>
      sim.process(
        (function* (): ProcessBody<void> {
          try {
            const value: string = yield signal;
            seen.push(`${name} got ${value} at ${sim.now}`);
          } catch {
            seen.push(`${name} interrupted at ${sim.now}`);
            yield 10;
            seen.push(`${name} hold ended at ${sim.now}`);
          }
        })(),
      );
    waiter('first');
    const second = waiter('second');
    sim.call(1, () => second.interrupt());
    sim.call(2, () => signal.succeed('go'));
    sim.run();
    expect(seen).toEqual(['second interrupted at 1', 'first got go at 2', 'second hold ended at 11']);
  });

  it('an interrupt and a hold completing at the same instant: the urgent interrupt wins, with nothing remaining', () => {
    const sim = new Simulation();
    const log: Interrupt[] = [];
    let completed = false;
    // The interrupter's hold is scheduled before the victim's, so it runs
    // first at time 5 and interrupts before the victim's hold completes.
    const parties: { victim?: Process<void> } = {};
    sim.process(
      (function* (): ProcessBody<void> {
        yield 5;
        parties.victim?.interrupt('same instant');
      })(),
    );
    parties.victim = sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield 5;
          completed = true;
        } catch (e) {
          log.push(e as Interrupt);
        }
      })(),
    );
    sim.run();
    expect(completed).toBe(false);
    expect(log).toHaveLength(1);
    expect(log[0].remaining).toBe(0);
    expect(sim.now).toBe(5);
  });

  it('an interrupted hold taken up again ends in its proper place among entries due at the same time', () => {
    // A holds 10 from time 0 and is interrupted at 4; it holds the 6 left, so
    // it is due at 10 again — scheduled at 4. B's hold to 10 was scheduled at
    // 2, so B goes first: the hold A abandoned must not wake it early.
    const sim = new Simulation();
    const seen: string[] = [];
    const a = sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield 10;
        } catch (e) {
          yield (e as Interrupt).remaining;
        }
        seen.push(`A at ${sim.now}`);
      })(),
    );
    sim.process(
      (function* (): ProcessBody<void> {
        yield 2;
        yield 8;
        seen.push(`B at ${sim.now}`);
      })(),
    );
    sim.call(4, () => a.interrupt());
    sim.run();
    expect(seen).toEqual(['B at 10', 'A at 10']);
  });

  it('a process interrupted twice at one instant receives both interrupts in order', () => {
    const sim = new Simulation();
    const causes: unknown[] = [];
    const remaining: number[] = [];
    const victim = sim.process(
      (function* (): ProcessBody<void> {
        for (let i = 0; i < 2; i++) {
          try {
            yield 10;
          } catch (e) {
            causes.push((e as Interrupt).cause);
            remaining.push((e as Interrupt).remaining);
          }
        }
      })(),
    );
    sim.call(3, () => {
      victim.interrupt('one');
      victim.interrupt('two');
    });
    sim.run();
    expect(causes).toEqual(['one', 'two']);
    expect(remaining).toEqual([7, 10]);
  });

  it('interrupting a process that has ended throws', () => {
    const sim = new Simulation();
    const p = sim.process(
      (function* (): ProcessBody<void> {
        yield 1;
      })(),
    );
    sim.run();
    expect(p.isAlive).toBe(false);
    expect(() => p.interrupt()).toThrow(/ended/);
  });

  it('a process cannot interrupt itself', () => {
    const sim = new Simulation();
    let error: unknown;
    const self: { process?: Process<void> } = {};
    self.process = sim.process(
      (function* (): ProcessBody<void> {
        try {
          self.process?.interrupt();
        } catch (e) {
          error = e;
        }
        yield 1;
      })(),
    );
    sim.run();
    expect(error).toBeInstanceOf(Error);
  });

  it('an interrupt issued to a process that ends before it is delivered is dropped', () => {
    // The victim's wake-up at time 2 runs at priority −5, ahead of the urgent
    // interrupt issued at that instant, and the victim ends there.
    const sim = new Simulation();
    const wake = sim.timeout(2, undefined, -5);
    const victim = sim.process(
      (function* (): ProcessBody<void> {
        yield wake;
      })(),
    );
    sim.call(2, () => victim.interrupt('too late'), -10);
    expect(() => sim.run()).not.toThrow();
    expect(victim.isAlive).toBe(false);
  });

  it('an interrupt not caught ends the process with that interrupt as its error', () => {
    const sim = new Simulation();
    const victim = sim.process(
      (function* (): ProcessBody<void> {
        yield 10;
      })(),
    );
    let caught: unknown;
    sim.process(
      (function* (): ProcessBody<void> {
        try {
          yield victim;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.call(1, () => victim.interrupt('fatal'));
    sim.run();
    expect(caught).toBeInstanceOf(Interrupt);
    expect((caught as Interrupt).cause).toBe('fatal');
  });
});

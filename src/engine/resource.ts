/**
 * Resources: a number of identical units that processes request, hold and
 * release, served by priority then first come first served, with optional
 * preemption and a capacity that may change while the run goes on.
 */
import { isPriority, MAX_PRIORITY, MIN_PRIORITY } from './calendar.ts';
import { SimEvent } from './event.ts';
import type { Process } from './process.ts';
import type { Simulation } from './simulation.ts';
import { WaitingLine } from './waiting-line.ts';

/** Where a request stands. */
export type RequestStatus = 'waiting' | 'granted' | 'released';

/** The interrupt cause a holder receives when its unit is taken from it. */
export class Preempted {
  constructor(
    readonly resource: Resource,
    /** The request that took the unit, or null when capacity was withdrawn. */
    readonly by: Request | null,
    /** When the preempted holder was granted the unit. */
    readonly usageSince: number,
  ) {}
}

export interface RequestOptions {
  /** Lower is served first; default 0. */
  priority?: number;
  /** Whether this request may take a unit from a holder of worse priority. */
  preempt?: boolean;
}

/** A claim on one unit of a resource; an event that succeeds when the unit is granted. */
export class Request extends SimEvent<Request> {
  status: RequestStatus = 'waiting';
  /** When the unit was granted (NaN until then). */
  grantedAt = NaN;
  /** Rank of the grant among its resource's grants: tells apart holders granted at the same instant. */
  grantOrder = -1;
  /** Where the request sits in its resource's `holders` while it holds a unit (-1 otherwise). */
  holderIndex = -1;

  constructor(
    readonly resource: Resource,
    readonly priority: number,
    readonly preempt: boolean,
    /** The process to interrupt if this request is preempted. */
    readonly holder: Process<unknown> | null,
  ) {
    super(resource.sim);
  }
}

const NO_OPTIONS: RequestOptions = Object.freeze({});

export interface ResourceOptions {
  /** Whether requests may preempt by default. */
  preemptive?: boolean;
  /** Called after every change in holders or queue, for monitoring. */
  onChange?: (resource: Resource) => void;
}

export class Resource {
  /** Requests currently holding a unit. */
  readonly holders: Request[] = [];
  private readonly queue = new WaitingLine<Request>();
  private waitingCount = 0;
  private grants = 0;
  private readonly preemptive: boolean;
  private readonly onChange: ((resource: Resource) => void) | undefined;

  constructor(
    readonly sim: Simulation,
    private units: number,
    options: ResourceOptions = {},
  ) {
    checkCapacity(units);
    this.preemptive = options.preemptive ?? false;
    this.onChange = options.onChange;
  }

  /** Number of units. */
  get capacity(): number {
    return this.units;
  }

  /** Number of units held. */
  get inUse(): number {
    return this.holders.length;
  }

  /** Number of requests waiting. */
  get queueLength(): number {
    return this.waitingCount;
  }

  /**
   * Asks for a unit. Yield the returned request to wait for it; it is
   * granted at once (without a calendar round trip) when a unit is free.
   */
  request(options: RequestOptions = NO_OPTIONS): Request {
    const priority = options.priority ?? 0;
    if (priority !== 0) checkPriority(priority);
    const request = new Request(this, priority, options.preempt ?? this.preemptive, this.sim.activeProcess);
    if (this.holders.length < this.units) {
      this.grant(request, true);
    } else if (request.preempt && this.preemptFor(request)) {
      this.grant(request, true);
    } else {
      this.queue.push(request.priority, request);
      this.waitingCount++;
    }
    this.onChange?.(this);
    return request;
  }

  /** Gives back a held unit, or withdraws a request still waiting. Releasing twice is harmless. */
  release(request: Request): void {
    if (request.resource !== this) throw new Error('request belongs to another resource');
    if (request.status === 'waiting') {
      request.status = 'released';
      request.cancelled = true; // skipped lazily when it reaches the head of the queue
      this.waitingCount--;
    } else if (request.status === 'granted') {
      request.status = 'released';
      this.removeHolder(request);
      this.grantWaiting();
    } else {
      return;
    }
    this.onChange?.(this);
  }

  /**
   * Changes the number of units. Raising it serves waiting requests at once.
   * Lowering it below the units held either lets holders finish (the default)
   * or, with `preempt`, takes units from the holders of worst priority.
   */
  setCapacity(units: number, options: { preempt?: boolean } = {}): void {
    checkCapacity(units);
    this.units = units;
    if (options.preempt) {
      while (this.holders.length > this.units) this.evict(this.worstHolder() as Request, null);
    }
    this.grantWaiting();
    this.onChange?.(this);
  }

  /** Removes a holder by moving the last one into its place (holders are unordered). */
  private removeHolder(request: Request): void {
    const holders = this.holders;
    const last = holders.pop() as Request;
    if (last !== request) {
      holders[request.holderIndex] = last;
      last.holderIndex = request.holderIndex;
    }
    request.holderIndex = -1;
  }

  private grant(request: Request, immediately: boolean): void {
    request.status = 'granted';
    request.grantedAt = this.sim.now;
    request.grantOrder = this.grants++;
    request.holderIndex = this.holders.push(request) - 1;
    if (immediately) request.settleNow(request);
    else request.succeed(request);
  }

  private grantWaiting(): void {
    while (this.holders.length < this.units && this.waitingCount > 0) {
      const next = this.queue.shift() as Request;
      if (next.cancelled) continue;
      this.waitingCount--;
      this.grant(next, false);
    }
  }

  /** Takes a unit from a holder of worse priority than `request`, if there is one. */
  private preemptFor(request: Request): boolean {
    const victim = this.worstHolder();
    if (victim === undefined || victim.priority <= request.priority) return false;
    this.evict(victim, request);
    return true;
  }

  /** The holder of worst priority, the most recently granted among equals. */
  private worstHolder(): Request | undefined {
    let worst: Request | undefined = this.holders[0];
    for (const holder of this.holders) {
      if (worst === undefined || holder.priority > worst.priority || (holder.priority === worst.priority && holder.grantOrder > worst.grantOrder)) {
        worst = holder;
      }
    }
    return worst;
  }

  private evict(victim: Request, by: Request | null): void {
    victim.status = 'released';
    this.removeHolder(victim);
    const holder = victim.holder;
    if (holder !== null && holder.isAlive && holder !== this.sim.activeProcess) {
      holder.interrupt(new Preempted(this, by, victim.grantedAt));
    }
  }
}

// Apart from `request`, which runs for every request, to keep it small enough to inline.
function checkPriority(priority: number): void {
  if (!isPriority(priority)) {
    throw new RangeError(`request priority must be a whole number in [${MIN_PRIORITY}, ${MAX_PRIORITY}]; found ${priority}`);
  }
}

function checkCapacity(units: number): void {
  if (!Number.isInteger(units) || units < 0) throw new RangeError(`capacity must be a whole number >= 0; found ${units}`);
}

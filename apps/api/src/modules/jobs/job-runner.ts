import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Environment } from '../../config/environment';
import { Clock } from '../../common/clock';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { claimJobSlot, finishJobSlot } from './job-run.repository';

export interface ScheduledJob {
  readonly name: string;
  /** Jobs run in this order within a slot (lower first); a job that seals what others wrote goes last. */
  readonly order: number;
  run(now: Date): Promise<Record<string, unknown>>;
}

/** Marks a provider as a job of the runner: it is found when the application starts, and runs each slot. */
export const Job = DiscoveryService.createDecorator<void>();

/**
 * Runs background jobs on a fixed period. Time is cut into slots of that period; an instance
 * runs a job for a slot only if it is the first to record that slot in job_run (primary key
 * (job_name, slot)), so with any number of API instances each slot runs exactly once.
 */
@Injectable()
export class JobRunner implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly instanceId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly jobs: ScheduledJob[] = [];

  constructor(
    private readonly env: Environment,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly discovery: DiscoveryService,
  ) {}

  /** Every module's jobs (providers marked @Job()), found when the modules start, before the first tick. */
  onModuleInit(): void {
    for (const { instance } of this.discovery.getProviders({ metadataKey: Job.KEY })) this.register(instance as ScheduledJob);
  }

  private register(job: ScheduledJob): void {
    if (this.jobs.some((j) => j.name === job.name)) return;
    this.jobs.push(job);
    this.jobs.sort((a, b) => a.order - b.order);
  }

  onApplicationBootstrap(): void {
    if (!this.env.JOBS_ENABLED) return;
    const periodMs = this.env.JOB_INTERVAL_SECONDS * 1000;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.tick().finally(() => (this.running = null));
    }, periodMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass over every job for the current slot; returns the names of the jobs this instance ran. */
  async tick(now = this.clock.now()): Promise<string[]> {
    const slot = Math.floor(now.getTime() / (this.env.JOB_INTERVAL_SECONDS * 1000));
    const ran: string[] = [];
    for (const job of this.jobs) {
      try {
        const claimed = await this.uow.run(NO_CONTEXT, (em) => claimJobSlot(em, job.name, slot, this.instanceId));
        if (!claimed) continue;
        ran.push(job.name);
        let outcome = 'done';
        let detail: Record<string, unknown> = {};
        try {
          detail = await job.run(now);
        } catch (e) {
          outcome = 'failed';
          detail = { error: e instanceof Error ? e.message : String(e) };
          this.logger.error({ job: job.name, slot, err: detail['error'] }, 'background job failed');
        }
        await this.uow.run(NO_CONTEXT, (em) => finishJobSlot(em, job.name, slot, this.instanceId, outcome, detail));
      } catch (e) {
        // The database may be away (a restart): the next slot tries again.
        this.logger.warn({ job: job.name, err: e instanceof Error ? e.message : String(e) }, 'background job could not start');
      }
    }
    return ran;
  }
}

import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NetworkFiguresView, NetworkPoolSettingView } from '@beside/shared/contracts';
import { Clock } from '../../common/clock';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { findPool, findPooledFigures, findPoolSetting, updatePoolSetting, type PoolSettingRow } from './network-figures.repository';
import { MIN_CONTRIBUTING_ORGANISATIONS } from './network-figures-suppression';
import { monthsBetween, networkFiguresTables, type PooledFigure } from './network-figures-tables';

/** At most two years of months in one view. */
export const MAX_MONTHS = 24;

export const PROTECTION_WORDS =
  'Figures are pooled across the member organisations that share them and identify no one. A count from 1 to 4 is shown as "<5". ' +
  `A figure to which fewer than ${MIN_CONTRIBUTING_ORGANISATIONS} organisations contribute is shown as "suppressed", so that no organisation's own count can be worked out ` +
  'from the network total; where a total is shown beside its parts, another figure is suppressed too, so that none can be worked out by subtraction.';

const LONDON_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });

/** `month` moved by `by` months, 'YYYY-MM'. */
function addMonths(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

@Injectable()
export class NetworkFiguresService {
  /**
   * Counts in progress, by months and pool: a request for the same figures while they are being counted
   * waits for that count instead of starting another (the figures are the same for every manager and the
   * operator). Nothing is kept once a count ends.
   */
  private readonly counting = new Map<string, Promise<PooledFigure[]>>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  /** The months asked for, checked: whole London months, the first not after the last, none to come, at most 24. */
  window(from: string | undefined, to: string | undefined): { from: string; to: string } {
    const thisMonth = LONDON_MONTH.format(this.clock.now());
    const last = to ?? addMonths(thisMonth, -1);
    const first = from ?? addMonths(last, -(12 - 1));
    if (last > thisMonth) throw new BadRequestException(['to: Choose this month or an earlier one: figures cannot cover a month still to come']);
    if (first < '2000-01') throw new BadRequestException(['from: Choose January 2000 or a later month']);
    if (first > last) throw new BadRequestException([`from: The first month (${first}) must not be after the last month (${last})`]);
    if (monthsBetween(first, last).length > MAX_MONTHS) {
      throw new BadRequestException([`to: Choose at most ${MAX_MONTHS} months: from ${first} the last month can be ${addMonths(first, MAX_MONTHS - 1)}`]);
    }
    return { from: first, to: last };
  }

  figures(actor: Actor, query: { from?: string; to?: string }, origin: RequestOrigin, format: 'json' | 'csv'): Promise<NetworkFiguresView> {
    const { from, to } = this.window(query.from, query.to);
    return this.uow.runAs(actor, async (em) => {
      // The database checks who is asking on every request (beside_network_figures_pool raises otherwise).
      const pool = await findPool(em);
      const organisationsPooled = pool.organisations;
      const key = `${from}|${to}|${pool.signature}`;
      let pooled = this.counting.get(key);
      if (!pooled) {
        pooled = findPooledFigures(em, `${from}-01`, `${to}-01`).finally(() => this.counting.delete(key));
        this.counting.set(key, pooled);
      }
      const tables = networkFiguresTables(from, to, await pooled);
      // Aggregates only: what was looked at, never a figure.
      await this.audit.append(em, actor, origin, [
        { action: format === 'csv' ? 'network_figures.exported' : 'network_figures.read', entityType: 'network_figures', detail: { from, to, format, organisationsPooled } },
      ]);
      return { from, to, organisationsPooled, tables, protection: PROTECTION_WORDS };
    });
  }

  poolSetting(actor: Actor): Promise<NetworkPoolSettingView> {
    return this.uow.runAs(actor, async (em) => toView(await this.memberSetting(em, actor)));
  }

  /** Her organisation's decision whether its figures join the pool: recorded with when and by whom, and audited when it changes. */
  setPoolSetting(actor: Actor, shares: boolean, origin: RequestOrigin): Promise<NetworkPoolSettingView> {
    return this.uow.runAs(actor, async (em) => {
      const current = await this.memberSetting(em, actor);
      if (current.shares === shares) return toView(current);
      const updated = await updatePoolSetting(em, actor.organisationId, shares, actor.userId);
      if (!updated) throw new NotFoundException('Network figures are a setting of member organisations');
      await this.audit.append(em, actor, origin, [
        {
          action: 'organisation.network_figures_changed',
          entityType: 'organisation',
          entityId: actor.organisationId,
          detail: { sharesNetworkFigures: shares, before: current.shares },
        },
      ]);
      return toView(updated);
    });
  }

  private async memberSetting(em: EntityManager, actor: Actor): Promise<PoolSettingRow> {
    const row = await findPoolSetting(em, actor.organisationId);
    if (!row) throw new NotFoundException('Network figures are a setting of member organisations');
    return row;
  }
}

function toView(row: PoolSettingRow): NetworkPoolSettingView {
  return { sharesNetworkFigures: row.shares, changedAt: row.changed_at ? new Date(row.changed_at).toISOString() : null };
}

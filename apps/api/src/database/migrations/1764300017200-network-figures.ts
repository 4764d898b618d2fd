import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pooled network figures (issue 17.4). Counting crosses organisations, which row-level security
 * forbids beside_app, so it happens in these SECURITY DEFINER functions and nowhere else. They
 * answer only a manager of a member organisation or the network operator, and return per cell the
 * network total and how many organisations contributed to it (organisations with a count above
 * zero): never one organisation's number. Suppression ("<5", fewer than three organisations,
 * complementary cells) is done by the API (network-figures-suppression.ts) on these totals.
 *
 * The pool: member organisations whose shares_network_figures is true, suspended ones included
 * (a suspension stops their work, not the figures of the work they did). An organisation that
 * leaves the pool takes all its months with it.
 */
export class NetworkFigures1764300017200 implements MigrationInterface {
  name = 'NetworkFigures1764300017200';

  async up(q: QueryRunner): Promise<void> {
    // Who may read them: a manager of an active member organisation (whether or not hers shares:
    // she has no figures of her own in the pool to subtract), or the network operator.
    await q.query(`
      CREATE FUNCTION beside_network_figures_may_read() RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT beside_is_network_operator()
            OR (coalesce(beside_current_role() = 'manager', false)
                AND EXISTS (SELECT 1 FROM organisation WHERE id = beside_current_organisation() AND kind = 'member' AND status = 'active'))
      $$`);

    // The pool: how many organisations, and a signature that changes whenever one joins or leaves it
    // (the API shares one count among requests for the same months and the same pool).
    await q.query(`
      CREATE FUNCTION beside_network_figures_pool() RETURNS TABLE (organisations integer, signature text)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF NOT beside_network_figures_may_read() THEN
          RAISE EXCEPTION 'only managers of member organisations and the network operator may read network figures' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY
          SELECT count(*)::int, md5(coalesce(string_agg(o.id::text, ',' ORDER BY o.id), ''))
          FROM organisation o WHERE o.kind = 'member' AND o.shares_network_figures;
      END $$`);

    // p_from and p_to: the first days of the first and last months (London months), at most 24 months.
    // Measures as the monthly report counts them (safeguarding/reports/monthly-report.repository.ts).
    await q.query(`
      CREATE FUNCTION beside_network_figures(p_from date, p_to date)
      RETURNS TABLE (measure text, month text, category text, total integer, organisations integer)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      #variable_conflict use_column
      BEGIN
        IF NOT beside_network_figures_may_read() THEN
          RAISE EXCEPTION 'only managers of member organisations and the network operator may read network figures' USING ERRCODE = '42501';
        END IF;
        IF p_from IS NULL OR p_to IS NULL OR p_from > p_to OR extract(day FROM p_from) <> 1 OR extract(day FROM p_to) <> 1
           OR p_to >= p_from + interval '24 months' THEN
          RAISE EXCEPTION 'network figures cover whole months, from the first to the last, at most 24' USING ERRCODE = '22023';
        END IF;
        RETURN QUERY
        WITH pool AS (
          SELECT o.id FROM organisation o WHERE o.kind = 'member' AND o.shares_network_figures
        ),
        bounds AS (
          SELECT p_from::timestamp AT TIME ZONE 'Europe/London' AS starts,
                 (p_to + interval '1 month')::timestamp AT TIME ZONE 'Europe/London' AS ends,
                 (p_to + interval '1 month')::date AS end_day
        ),
        months AS (
          SELECT m::date AS first_day FROM generate_series(p_from::timestamp, p_to::timestamp, interval '1 month') AS m
        ),
        -- A journey is open in every month from its referral's to its closure's (London), as in the monthly report:
        -- +1 in its first month within the window, -1 in the month after its closure, summed month by month.
        spans AS (
          SELECT j.organisation_id AS org, greatest(date_trunc('month', j.referral_date)::date, p_from) AS first_month,
                 date_trunc('month', j.closed_at AT TIME ZONE 'Europe/London')::date AS last_month
          FROM journey j, bounds
          WHERE j.organisation_id IN (SELECT id FROM pool)
            AND j.referral_date < bounds.end_day AND (j.closed_at IS NULL OR j.closed_at >= bounds.starts)
        ),
        deltas AS (
          SELECT s.org, s.first_month AS first_day, 1 AS d FROM spans s
          WHERE s.last_month IS NULL OR s.last_month >= s.first_month
          UNION ALL
          SELECT s.org, (s.last_month + interval '1 month')::date, -1 FROM spans s
          WHERE s.last_month >= s.first_month AND s.last_month < p_to
        ),
        open_journeys AS (
          SELECT p.id AS org, m.first_day,
                 sum(coalesce(d.n, 0)) OVER (PARTITION BY p.id ORDER BY m.first_day)::int AS n
          FROM pool p CROSS JOIN months m
          LEFT JOIN (SELECT org, first_day, sum(d)::int AS n FROM deltas GROUP BY 1, 2) d ON d.org = p.id AND d.first_day = m.first_day
        ),
        accompaniments AS (
          -- Grouped by the month's start, named once per group (to_char on every row cost a third of the time at scale).
          SELECT ap.organisation_id AS org, date_trunc('month', ap.starts_at AT TIME ZONE 'Europe/London') AS first_day,
                 ac.support_level AS level, count(*)::int AS n
          FROM appointment ap
          JOIN accompaniment ac ON ac.organisation_id = ap.organisation_id AND ac.appointment_id = ap.id, bounds
          WHERE ap.organisation_id IN (SELECT id FROM pool)
            AND ap.starts_at >= bounds.starts AND ap.starts_at < bounds.ends
            -- Support given is support at an appointment that took place.
            AND ap.status = 'attended' AND ap.starts_at <= now()
          GROUP BY 1, 2, 3
        ),
        per_organisation AS (
          SELECT 'referrals'::text AS measure, j.organisation_id AS org, to_char(j.referral_date, 'YYYY-MM') AS month,
                 'received'::text AS category, count(*)::int AS n
          FROM journey j, bounds
          WHERE j.organisation_id IN (SELECT id FROM pool) AND j.referral_date >= p_from AND j.referral_date < bounds.end_day
          GROUP BY 2, 3
          UNION ALL
          SELECT 'journeys', o.org, to_char(o.first_day, 'YYYY-MM'), 'open', o.n FROM open_journeys o WHERE o.n > 0
          UNION ALL
          SELECT 'accompaniments', a.org, to_char(a.first_day, 'YYYY-MM'), a.level::text, a.n FROM accompaniments a
          UNION ALL
          -- The road to self-advocacy: how much of the support she led (prepared, independent) and how much her advocate did.
          SELECT 'self_advocacy', a.org, to_char(a.first_day, 'YYYY-MM'),
                 CASE WHEN a.level IN ('prepared', 'independent') THEN 'prepared_or_independent' ELSE 'advocate_led_or_accompanied' END,
                 sum(a.n)::int
          FROM accompaniments a GROUP BY 2, 3, 4
          UNION ALL
          SELECT 'concerns', c.organisation_id, to_char(c.raised_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), c.category::text, count(*)::int
          FROM concern c, bounds
          WHERE c.organisation_id IN (SELECT id FROM pool) AND c.raised_at >= bounds.starts AND c.raised_at < bounds.ends
          GROUP BY 2, 3, 4
          UNION ALL
          -- Referrals between members: each side counts its own row, the sender when it sent, the receiver when it answered.
          SELECT 'referrals_between_members', r.organisation_id, to_char(r.sent_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), 'sent', count(*)::int
          FROM referral r, bounds
          WHERE r.organisation_id IN (SELECT id FROM pool) AND r.direction = 'outgoing' AND r.sent_at >= bounds.starts AND r.sent_at < bounds.ends
          GROUP BY 2, 3
          UNION ALL
          SELECT 'referrals_between_members', r.organisation_id, to_char(r.responded_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), r.status::text, count(*)::int
          FROM referral r, bounds
          WHERE r.organisation_id IN (SELECT id FROM pool) AND r.direction = 'incoming' AND r.status IN ('accepted', 'declined')
            AND r.responded_at >= bounds.starts AND r.responded_at < bounds.ends
          GROUP BY 2, 3, 4
        )
        SELECT x.measure, x.month, x.category, sum(x.n)::int, (count(*) FILTER (WHERE x.n > 0))::int
        FROM per_organisation x
        GROUP BY 1, 2, 3
        HAVING sum(x.n) > 0
        ORDER BY 1, 2, 3;
      END $$`);

    await q.query(`REVOKE ALL ON FUNCTION beside_network_figures_may_read() FROM PUBLIC`);
    for (const fn of ['beside_network_figures_pool()', 'beside_network_figures(date, date)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO beside_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_network_figures(date, date)`);
    await q.query(`DROP FUNCTION beside_network_figures_pool()`);
    await q.query(`DROP FUNCTION beside_network_figures_may_read()`);
  }
}

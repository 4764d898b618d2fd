import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations, phase 2 (issue 18; docs/CONSULTATIONS.md).
 *
 * - `consultation.network_wide`: a manager of a member organisation may run a network-wide consultation (owned by her
 *   organisation, always anonymous, reaching the women of every member); the network operator's are network-wide too.
 * - Who reads results: `beside_consultation_results_readable()` — the running organisation's managers (the operator for
 *   the network's own), its panel members once it is no longer a draft, and the managers and panel members of every
 *   member for a network-wide one that is no longer a draft. Response rows stay readable to the runners alone: readers
 *   get aggregates only, through the definer's-rights count functions below, which apply the same predicate.
 * - Themes staff tag free-text answers into (`consultation_theme`, `consultation_text_theme`); each free-text answer
 *   gets its own random id (`consultation_response_value.id`), so that tagging never hands out the response's id.
 * - `consultation_quote`: proposed by one person, published or rejected by another, the review recorded.
 * - Feedback after accompanied appointments: `appointment_feedback_invitation` is hers (the appointment, `answered`);
 *   her answer goes to `appointment_feedback_pool` (no grant, no policy) and moves, five or more at once in random order,
 *   into `appointment_feedback_response`, which carries the organisation, the month of the move and the answers: no
 *   woman, appointment, advocate or time.
 */
export class ConsultationThemesFeedback1764300019000 implements MigrationInterface {
  name = 'ConsultationThemesFeedback1764300019000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consultation ADD COLUMN network_wide boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE consultation SET network_wide = true WHERE organisation_id = beside_network_organisation_id()`);
    // No organisation may see who answered one that reaches the women of others.
    await q.query(`ALTER TABLE consultation ADD CONSTRAINT consultation_network_wide_anonymous CHECK (NOT network_wide OR anonymous)`);

    await q.query(`
      CREATE FUNCTION beside_consultation_results_readable(p_org uuid, p_network_wide boolean, p_opens_on date, p_closed_at timestamptz) RETURNS boolean
      LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT coalesce(
          (p_org = beside_current_organisation() AND (beside_current_role() = 'manager' OR beside_is_network_operator()))
          OR ((p_closed_at IS NOT NULL OR p_opens_on <= (now() AT TIME ZONE 'Europe/London')::date)
              AND ((p_org = beside_current_organisation() AND beside_current_role() = 'panel_member')
                   OR (p_network_wide AND beside_current_role() IN ('manager', 'panel_member')))),
          false)
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_consultation_results_readable(uuid, boolean, date, timestamptz) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_consultation_results_readable(uuid, boolean, date, timestamptz) TO beside_app`);

    await q.query(`DROP POLICY consultation_reaches_her ON consultation`);
    await q.query(`
      CREATE POLICY consultation_reaches_her ON consultation FOR SELECT
        USING ((SELECT beside_current_role()) = 'service_user' AND (organisation_id = (SELECT beside_current_organisation()) OR network_wide))`);
    await q.query(`
      CREATE POLICY consultation_readers ON consultation FOR SELECT
        USING (beside_consultation_results_readable(organisation_id, network_wide, opens_on, closed_at))`);
    // A question is read wherever its consultation is.
    await q.query(`DROP POLICY consultation_question_reaches_her ON consultation_question`);
    await q.query(`
      CREATE POLICY consultation_question_of_readable ON consultation_question FOR SELECT
        USING (EXISTS (SELECT 1 FROM consultation c WHERE c.organisation_id = consultation_question.organisation_id AND c.id = consultation_question.consultation_id))`);
    await q.query(ANSWER_FUNCTION('network_wide'));

    await q.query(`ALTER TABLE consultation_response_value ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
    await q.query(`ALTER TABLE consultation_response_value ADD CONSTRAINT consultation_response_value_id_key UNIQUE (organisation_id, id)`);
    await q.query(`
      CREATE TABLE consultation_theme (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL,
        name varchar(100) NOT NULL,
        description varchar(1000),
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, consultation_id) REFERENCES consultation (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX consultation_theme_name_key ON consultation_theme (organisation_id, consultation_id, lower(name))`);
    await q.query(`
      CREATE TABLE consultation_text_theme (
        organisation_id uuid NOT NULL,
        text_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, text_id, theme_id),
        FOREIGN KEY (organisation_id, text_id) REFERENCES consultation_response_value (organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, theme_id) REFERENCES consultation_theme (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX consultation_text_theme_theme_idx ON consultation_text_theme (organisation_id, theme_id)`);
    await q.query(`
      CREATE TABLE consultation_quote (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL,
        text_id uuid NOT NULL,
        question_id uuid NOT NULL,
        theme_id uuid,
        words varchar(1000) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'published', 'rejected')),
        proposed_by uuid NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        reviewed_by uuid,
        reviewed_at timestamptz,
        review_note varchar(1000),
        PRIMARY KEY (organisation_id, id),
        -- A review is whole (who, when, what she checked) and is never the proposer's own.
        CHECK ((status = 'proposed') = (reviewed_by IS NULL)),
        CHECK (reviewed_by IS NULL OR (reviewed_at IS NOT NULL AND review_note IS NOT NULL AND reviewed_by <> proposed_by)),
        FOREIGN KEY (organisation_id, consultation_id) REFERENCES consultation (organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, text_id) REFERENCES consultation_response_value (organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, theme_id) REFERENCES consultation_theme (organisation_id, id) ON DELETE SET NULL (theme_id)
      )`);
    await q.query(`CREATE INDEX consultation_quote_consultation_idx ON consultation_quote (organisation_id, consultation_id)`);

    const runners = `organisation_id = (SELECT beside_current_organisation())
           AND ((SELECT beside_current_role()) = 'manager' OR (SELECT beside_is_network_operator()))`;
    const ofReadable = (table: string) => `EXISTS (SELECT 1 FROM consultation c WHERE c.organisation_id = ${table}.organisation_id AND c.id = ${table}.consultation_id
           AND beside_consultation_results_readable(c.organisation_id, c.network_wide, c.opens_on, c.closed_at))`;
    for (const table of ['consultation_theme', 'consultation_text_theme', 'consultation_quote']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_runners ON ${table} USING (${runners}) WITH CHECK (${runners})`);
    }
    await q.query(`CREATE POLICY consultation_theme_readers ON consultation_theme FOR SELECT USING (${ofReadable('consultation_theme')})`);
    await q.query(`CREATE POLICY consultation_quote_published ON consultation_quote FOR SELECT USING (status = 'published' AND ${ofReadable('consultation_quote')})`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON consultation_theme TO beside_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON consultation_text_theme TO beside_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON consultation_quote TO beside_app`);

    // Aggregates for whoever may read the results (definer's rights: readers other than the runners cannot read a
    // response row). Nothing for anyone else: the consultation is not found.
    const readable = `SELECT organisation_id, id FROM consultation
          WHERE id = p_consultation AND beside_consultation_results_readable(organisation_id, network_wide, opens_on, closed_at)`;
    const keyed = `consultation_response_value v JOIN consultation_response r ON r.organisation_id = v.organisation_id AND r.id = v.response_id
          JOIN c ON c.organisation_id = r.organisation_id AND c.id = r.consultation_id
          CROSS JOIN LATERAL (SELECT unnest(v.chosen) AS key UNION ALL SELECT v.scale::text WHERE v.scale IS NOT NULL) k`;
    // Per consultation: all responses (no question), per question how many answered (no key), and per choice or scale value.
    await q.query(`
      CREATE FUNCTION beside_consultation_counts(p_consultation uuid) RETURNS TABLE (question_id uuid, key text, n integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH c AS (${readable})
        SELECT NULL::uuid, NULL::text, count(*)::int FROM consultation_response r JOIN c ON c.organisation_id = r.organisation_id AND c.id = r.consultation_id
        UNION ALL
        SELECT v.question_id, NULL, count(*)::int
        FROM consultation_response_value v JOIN consultation_response r ON r.organisation_id = v.organisation_id AND r.id = v.response_id
        JOIN c ON c.organisation_id = r.organisation_id AND c.id = r.consultation_id
        GROUP BY v.question_id
        UNION ALL
        SELECT v.question_id, k.key, count(*)::int FROM ${keyed} GROUP BY v.question_id, k.key
      $$`);
    // Two questions' answers side by side, over the responses that answered both.
    await q.query(`
      CREATE FUNCTION beside_consultation_cross_counts(p_consultation uuid, p_rows uuid, p_columns uuid) RETURNS TABLE (row_key text, column_key text, n integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH c AS (${readable}),
        a AS (SELECT v.organisation_id, v.response_id, v.question_id, k.key FROM ${keyed} WHERE v.question_id IN (p_rows, p_columns))
        SELECT x.key, y.key, count(*)::int
        FROM a x JOIN a y ON y.organisation_id = x.organisation_id AND y.response_id = x.response_id
        WHERE x.question_id = p_rows AND y.question_id = p_columns
        GROUP BY x.key, y.key
      $$`);
    await q.query(`
      CREATE FUNCTION beside_consultation_theme_counts(p_consultation uuid) RETURNS TABLE (theme_id uuid, n integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH c AS (${readable})
        SELECT t.id, count(tt.text_id)::int
        FROM consultation_theme t JOIN c ON c.organisation_id = t.organisation_id AND c.id = t.consultation_id
        LEFT JOIN consultation_text_theme tt ON tt.organisation_id = t.organisation_id AND tt.theme_id = t.id
        GROUP BY t.id
      $$`);

    await this.feedback(q);

    for (const fn of COUNT_FUNCTIONS) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO beside_app`);
    }
  }

  private async feedback(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE appointment_feedback_invitation (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        service_user_id uuid NOT NULL,
        appointment_id uuid NOT NULL,
        answered boolean NOT NULL DEFAULT false,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, appointment_id),
        FOREIGN KEY (organisation_id, appointment_id) REFERENCES appointment (organisation_id, id),
        FOREIGN KEY (organisation_id, service_user_id) REFERENCES service_user (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX appointment_feedback_invitation_her_idx ON appointment_feedback_invitation (organisation_id, service_user_id)`);
    await q.query(`
      CREATE TABLE appointment_feedback_pool (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        answer jsonb NOT NULL,
        PRIMARY KEY (organisation_id, id)
      )`);
    const agreement = (column: string) => `${column} varchar(20) CHECK (${column} IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree'))`;
    await q.query(`
      CREATE TABLE appointment_feedback_response (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        ${agreement('raise_concerns')},
        ${agreement('listened_to')},
        ${agreement('said_what_mattered')},
        PRIMARY KEY (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX appointment_feedback_response_month_idx ON appointment_feedback_response (organisation_id, month)`);

    await q.query(`ALTER TABLE appointment_feedback_invitation ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY appointment_feedback_invitation_hers ON appointment_feedback_invitation FOR SELECT
        USING (organisation_id = (SELECT beside_current_organisation()) AND (SELECT beside_current_role()) = 'service_user'
               AND service_user_id = (SELECT beside_own_service_user()))`);
    await q.query(`GRANT SELECT ON appointment_feedback_invitation TO beside_app`);
    await q.query(`ALTER TABLE appointment_feedback_response ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY appointment_feedback_response_managers ON appointment_feedback_response FOR SELECT
        USING (organisation_id = (SELECT beside_current_organisation()) AND (SELECT beside_current_role()) = 'manager')`);
    await q.query(`GRANT SELECT ON appointment_feedback_response TO beside_app`);
    await q.query(`ALTER TABLE appointment_feedback_pool ENABLE ROW LEVEL SECURITY`);

    // What waits for her feedback: her appointments of the last 60 days that took place with an advocate there
    // (advocate-led or accompanied), not answered yet. Reading it writes nothing; the invitation row is made, answered,
    // by her answer (so one answer per appointment, and nothing else about her is kept).
    const qualifying = `FROM appointment a JOIN accompaniment ac ON ac.organisation_id = a.organisation_id AND ac.appointment_id = a.id
        WHERE beside_current_role() = 'service_user' AND a.organisation_id = beside_current_organisation()
          AND a.service_user_id = beside_own_service_user() AND a.status = 'attended'
          AND ac.support_level IN ('advocate_led', 'accompanied')
          AND a.starts_at >= now() - interval '60 days' AND a.starts_at <= now()`;
    await q.query(`
      CREATE FUNCTION beside_appointment_feedback_waiting() RETURNS TABLE (appointment_id uuid, starts_at timestamptz, professional_role text, professional_organisation text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT a.id, a.starts_at, a.professional_role::text, a.professional_organisation::text ${qualifying}
          AND NOT EXISTS (SELECT 1 FROM appointment_feedback_invitation i WHERE i.organisation_id = a.organisation_id AND i.appointment_id = a.id)
      $$`);
    // Her answer, once: the invitation (made now, answered) says only that; the answer waits in the pool with her organisation alone.
    await q.query(`
      CREATE FUNCTION beside_appointment_feedback_answer(p_appointment uuid, p_answer jsonb) RETURNS text
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        her uuid := CASE WHEN beside_current_role() = 'service_user' THEN beside_own_service_user() END;
      BEGIN
        IF her IS NULL THEN RETURN 'not_found'; END IF;
        IF EXISTS (SELECT 1 FROM appointment_feedback_invitation
                   WHERE organisation_id = beside_current_organisation() AND appointment_id = p_appointment AND service_user_id = her) THEN
          RETURN 'answered';
        END IF;
        IF NOT EXISTS (SELECT 1 ${qualifying} AND a.id = p_appointment) THEN RETURN 'not_found'; END IF;
        INSERT INTO appointment_feedback_invitation (organisation_id, service_user_id, appointment_id, answered)
        VALUES (beside_current_organisation(), her, p_appointment, true)
        ON CONFLICT (organisation_id, appointment_id) DO NOTHING;
        IF NOT FOUND THEN RETURN 'answered'; END IF;
        INSERT INTO appointment_feedback_pool (organisation_id, answer) VALUES (beside_current_organisation(), p_answer);
        RETURN 'ok';
      END
      $$`);
    // The job's sweep: an organisation's pool moves once five or more wait, in random order, stamped with the month.
    await q.query(`
      CREATE FUNCTION beside_appointment_feedback_move_pools() RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        moved integer := 0;
        batch integer;
        org uuid;
        this_month date := date_trunc('month', now() AT TIME ZONE 'Europe/London')::date;
      BEGIN
        FOR org IN SELECT organisation_id FROM appointment_feedback_pool GROUP BY organisation_id HAVING count(*) >= 5 LOOP
          WITH taken AS (DELETE FROM appointment_feedback_pool WHERE organisation_id = org RETURNING answer)
          INSERT INTO appointment_feedback_response (organisation_id, month, raise_concerns, listened_to, said_what_mattered)
          SELECT org, this_month, answer->>'raiseConcerns', answer->>'listenedTo', answer->>'saidWhatMattered' FROM taken ORDER BY random();
          GET DIAGNOSTICS batch = ROW_COUNT;
          moved := moved + batch;
        END LOOP;
        RETURN moved;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of COUNT_FUNCTIONS) await q.query(`DROP FUNCTION ${fn}`);
    for (const table of ['appointment_feedback_response', 'appointment_feedback_pool', 'appointment_feedback_invitation', 'consultation_quote', 'consultation_text_theme', 'consultation_theme']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE consultation_response_value DROP COLUMN id`);
    await q.query(ANSWER_FUNCTION('organisation_id = beside_network_organisation_id()'));
    await q.query(`DROP POLICY consultation_question_of_readable ON consultation_question`);
    await q.query(`
      CREATE POLICY consultation_question_reaches_her ON consultation_question FOR SELECT
        USING ((SELECT beside_current_role()) = 'service_user'
               AND (organisation_id = (SELECT beside_current_organisation()) OR organisation_id = (SELECT beside_network_organisation_id())))`);
    await q.query(`DROP POLICY consultation_readers ON consultation`);
    await q.query(`DROP POLICY consultation_reaches_her ON consultation`);
    await q.query(`
      CREATE POLICY consultation_reaches_her ON consultation FOR SELECT
        USING ((SELECT beside_current_role()) = 'service_user'
               AND (organisation_id = (SELECT beside_current_organisation()) OR organisation_id = (SELECT beside_network_organisation_id())))`);
    await q.query(`DROP FUNCTION beside_consultation_results_readable(uuid, boolean, date, timestamptz)`);
    await q.query(`ALTER TABLE consultation DROP COLUMN network_wide`);
  }
}

const COUNT_FUNCTIONS = [
  'beside_consultation_counts(uuid)',
  'beside_consultation_cross_counts(uuid, uuid, uuid)',
  'beside_consultation_theme_counts(uuid)',
  'beside_appointment_feedback_waiting()',
  'beside_appointment_feedback_answer(uuid, jsonb)',
  'beside_appointment_feedback_move_pools()',
];

/**
 * beside_consultation_answer (1764300018000) with the consultations that reach her beyond her own organisation's
 * given by `reach`: network-wide ones, whichever organisation runs them.
 */
const ANSWER_FUNCTION = (reach: string) => `
  CREATE OR REPLACE FUNCTION beside_consultation_answer(p_consultation uuid, p_values jsonb) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DECLARE
    c consultation%ROWTYPE;
    her uuid;
    today date := (now() AT TIME ZONE 'Europe/London')::date;
    response uuid;
    v jsonb;
  BEGIN
    IF beside_current_role() = 'service_user' THEN
      her := beside_own_service_user();
      IF her IS NULL THEN RETURN 'not_found'; END IF;
      SELECT * INTO c FROM consultation WHERE id = p_consultation AND (organisation_id = beside_current_organisation() OR ${reach}) FOR SHARE;
    ELSIF beside_current_role() IS NULL THEN
      SELECT * INTO c FROM consultation WHERE id = p_consultation AND public_link FOR SHARE;
    ELSE
      RETURN 'not_found';
    END IF;
    IF c.id IS NULL THEN RETURN 'not_found'; END IF;
    IF c.closed_at IS NOT NULL OR today < c.opens_on OR today > c.closes_on THEN RETURN 'not_open'; END IF;
    IF her IS NOT NULL THEN
      INSERT INTO consultation_invitation (organisation_id, consultation_id, service_user_id, answered)
      VALUES (beside_current_organisation(), c.id, her, true)
      ON CONFLICT (organisation_id, consultation_id, service_user_id) DO UPDATE SET answered = true
        WHERE NOT consultation_invitation.answered;
      IF NOT FOUND THEN RETURN 'answered'; END IF;
    END IF;
    IF c.anonymous THEN
      INSERT INTO consultation_pool (organisation_id, consultation_id, answer) VALUES (c.organisation_id, c.id, p_values);
    ELSE
      INSERT INTO consultation_response (organisation_id, consultation_id, answered_on, anonymous, service_user_id)
      VALUES (c.organisation_id, c.id, today, false, her) RETURNING id INTO response;
      FOR v IN SELECT * FROM jsonb_array_elements(p_values) LOOP
        INSERT INTO consultation_response_value (organisation_id, response_id, question_id, chosen, scale, text)
        VALUES (c.organisation_id, response, (v->>'questionId')::uuid,
                CASE WHEN v ? 'chosen' THEN ARRAY(SELECT jsonb_array_elements_text(v->'chosen')) END,
                (v->>'scale')::smallint, v->>'text');
      END LOOP;
    END IF;
    RETURN 'ok';
  END
  $$`;

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations (issue 18, phase 1): surveys of women, anonymous or named (fixed at creation), with
 * anonymity by design (docs/CONSULTATIONS.md).
 *
 * - `consultation` and `consultation_question` belong to the organisation that runs them (a network-wide one
 *   to the network organisation); its managers (or the network operator) write them; a woman reads those of her
 *   organisation and the network's.
 * - `consultation_invitation` is hers, in her organisation: one row a consultation, `answered` and nothing else.
 * - `consultation_response(_value)`: the answers, read by the running organisation's managers for results.
 *   beside_app may not write them: every answer goes through beside_consultation_answer() (definer's rights).
 * - `consultation_pool`: anonymous answers wait here, unreadable to beside_app (no grant, no policy), until
 *   beside_consultation_move_pool() moves at least five at once (all at close) in random order, in another
 *   transaction, stamped with the day of the move: nothing lines an answer up with an invitation or audit event.
 * - `consultation_challenge_used`: the hash of each used proof-of-work challenge of the public link, until it expires.
 */
export class Consultations1764300018000 implements MigrationInterface {
  name = 'Consultations1764300018000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultation (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        privacy_notice varchar(2000) NOT NULL,
        anonymous boolean NOT NULL,
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        closed_at timestamptz,
        second_language varchar(12),
        public_link boolean NOT NULL DEFAULT false,
        public_slug varchar(64) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        CONSTRAINT consultation_public_slug_key UNIQUE (public_slug),
        CHECK (closes_on >= opens_on),
        -- A public link reaches women who have no account: only an anonymous consultation may have one.
        CHECK (NOT public_link OR anonymous)
      )`);
    await q.query(`
      CREATE TABLE consultation_question (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 1),
        kind varchar(10) NOT NULL CHECK (kind IN ('single', 'several', 'scale', 'text')),
        words varchar(1000) NOT NULL,
        easy_read varchar(2000),
        second_language_words varchar(1000),
        choices jsonb NOT NULL DEFAULT '[]',
        required boolean NOT NULL DEFAULT true,
        text_limit integer CHECK (text_limit BETWEEN 1 AND 4000),
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, consultation_id, position),
        CHECK ((kind = 'text') = (text_limit IS NOT NULL)),
        FOREIGN KEY (organisation_id, consultation_id) REFERENCES consultation (organisation_id, id) ON DELETE CASCADE
      )`);
    // Hers, in her organisation (a network-wide consultation is the network's: no key can cross to it).
    await q.query(`
      CREATE TABLE consultation_invitation (
        organisation_id uuid NOT NULL,
        consultation_id uuid NOT NULL,
        service_user_id uuid NOT NULL,
        answered boolean NOT NULL DEFAULT false,
        PRIMARY KEY (organisation_id, consultation_id, service_user_id),
        FOREIGN KEY (organisation_id, service_user_id) REFERENCES service_user (organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE consultation_response (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL,
        answered_on date NOT NULL,
        anonymous boolean NOT NULL,
        service_user_id uuid,
        PRIMARY KEY (organisation_id, id),
        -- An anonymous answer names no one; a named one names her.
        CHECK (anonymous = (service_user_id IS NULL)),
        FOREIGN KEY (organisation_id, consultation_id) REFERENCES consultation (organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, service_user_id) REFERENCES service_user (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX consultation_response_consultation_idx ON consultation_response (organisation_id, consultation_id)`);
    await q.query(`
      CREATE TABLE consultation_response_value (
        organisation_id uuid NOT NULL,
        response_id uuid NOT NULL,
        question_id uuid NOT NULL,
        chosen text[],
        scale smallint CHECK (scale BETWEEN 0 AND 10),
        text varchar(4000),
        PRIMARY KEY (organisation_id, response_id, question_id),
        CHECK (num_nonnulls(chosen, scale, text) = 1),
        FOREIGN KEY (organisation_id, response_id) REFERENCES consultation_response (organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, question_id) REFERENCES consultation_question (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX consultation_response_value_question_idx ON consultation_response_value (organisation_id, question_id)`);
    await q.query(`
      CREATE TABLE consultation_pool (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL,
        answer jsonb NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, consultation_id) REFERENCES consultation (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX consultation_pool_consultation_idx ON consultation_pool (organisation_id, consultation_id)`);
    await q.query(`
      CREATE TABLE consultation_challenge_used (
        challenge_hash bytea PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);

    // Row-level security. The running organisation's managers (or the network operator, in the network's own
    // context) write its consultations and read its results; a woman reads the questions of her organisation's
    // and the network's consultations, and her own invitations; no one reads the pool.
    const runners = `organisation_id = (SELECT beside_current_organisation())
           AND ((SELECT beside_current_role()) = 'manager' OR (SELECT beside_is_network_operator()))`;
    await q.query(`
      CREATE FUNCTION beside_network_organisation_id() RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT id FROM organisation WHERE kind = 'network'
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_network_organisation_id() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_network_organisation_id() TO beside_app`);
    const reachesHer = `(SELECT beside_current_role()) = 'service_user'
           AND (organisation_id = (SELECT beside_current_organisation()) OR organisation_id = (SELECT beside_network_organisation_id()))`;
    for (const table of ['consultation', 'consultation_question']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_runners ON ${table} USING (${runners}) WITH CHECK (${runners})`);
      await q.query(`CREATE POLICY ${table}_reaches_her ON ${table} FOR SELECT USING (${reachesHer})`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON consultation TO beside_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON consultation_question TO beside_app`);

    await q.query(`ALTER TABLE consultation_invitation ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY consultation_invitation_hers ON consultation_invitation FOR SELECT
        USING (organisation_id = (SELECT beside_current_organisation()) AND (SELECT beside_current_role()) = 'service_user'
               AND service_user_id = (SELECT beside_own_service_user()))`);
    await q.query(`GRANT SELECT ON consultation_invitation TO beside_app`);

    for (const table of ['consultation_response', 'consultation_response_value']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_runners ON ${table} FOR SELECT USING (${runners})`);
      await q.query(`GRANT SELECT ON ${table} TO beside_app`);
    }
    // No grant and no policy: the pool and the used challenges are reached only through the functions below.
    await q.query(`ALTER TABLE consultation_pool ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE consultation_challenge_used ENABLE ROW LEVEL SECURITY`);

    // Whether anyone has answered (pooled, moved or her invitation used): the lock on changing a consultation.
    // Answered only for a consultation of the caller's own organisation (false for any other).
    await q.query(`
      CREATE FUNCTION beside_consultation_has_answers(p_consultation uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT EXISTS (SELECT 1 FROM consultation WHERE id = p_consultation AND organisation_id = beside_current_organisation())
           AND (EXISTS (SELECT 1 FROM consultation_pool WHERE consultation_id = p_consultation)
            OR EXISTS (SELECT 1 FROM consultation_response WHERE consultation_id = p_consultation)
            OR EXISTS (SELECT 1 FROM consultation_invitation WHERE consultation_id = p_consultation AND answered))
      $$`);

    // A public consultation by its link's slug: what the page shows before anyone has an account or organisation.
    await q.query(`
      CREATE FUNCTION beside_public_consultation(p_slug text)
      RETURNS TABLE (id uuid, organisation_id uuid, title varchar, privacy_notice varchar, anonymous boolean, opens_on date, closes_on date,
                     closed_at timestamptz, second_language varchar, questions jsonb)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT c.id, c.organisation_id, c.title, c.privacy_notice, c.anonymous, c.opens_on, c.closes_on, c.closed_at, c.second_language,
               coalesce((SELECT jsonb_agg(jsonb_build_object('id', x.id, 'position', x.position, 'kind', x.kind, 'words', x.words,
                                 'easy_read', x.easy_read, 'second_language_words', x.second_language_words, 'choices', x.choices,
                                 'required', x.required, 'text_limit', x.text_limit) ORDER BY x.position)
                         FROM consultation_question x WHERE x.organisation_id = c.organisation_id AND x.consultation_id = c.id), '[]'::jsonb)
        FROM consultation c WHERE c.public_slug = p_slug AND c.public_link
      $$`);

    // One answer, checked by the API first (questions, choices, limits). As her: her invitation is marked answered
    // and the answer goes to the pool (anonymous) or straight in with her name (named), in this transaction.
    // Without a context (the public link): to the pool of a public consultation. Answers 'ok', 'not_found',
    // 'not_open' or 'answered'.
    await q.query(`
      CREATE FUNCTION beside_consultation_answer(p_consultation uuid, p_values jsonb) RETURNS text
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
          SELECT * INTO c FROM consultation
          WHERE id = p_consultation AND (organisation_id = beside_current_organisation() OR organisation_id = beside_network_organisation_id())
          FOR SHARE;
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
      $$`);

    // Moves a consultation's pooled answers into its responses, in random order, stamped with today's date:
    // only when at least five wait, or all of them once it is closed. Answers how many moved.
    await q.query(`
      CREATE FUNCTION beside_consultation_move_pool(p_consultation uuid) RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        c consultation%ROWTYPE;
        today date := (now() AT TIME ZONE 'Europe/London')::date;
        waiting integer;
        p record;
        v jsonb;
        response uuid;
      BEGIN
        SELECT * INTO c FROM consultation WHERE id = p_consultation FOR UPDATE;
        IF c.id IS NULL THEN RETURN 0; END IF;
        SELECT count(*) INTO waiting FROM consultation_pool WHERE organisation_id = c.organisation_id AND consultation_id = c.id;
        IF waiting = 0 OR (waiting < 5 AND c.closed_at IS NULL AND today <= c.closes_on) THEN RETURN 0; END IF;
        FOR p IN SELECT * FROM consultation_pool WHERE organisation_id = c.organisation_id AND consultation_id = c.id ORDER BY random() LOOP
          INSERT INTO consultation_response (organisation_id, consultation_id, answered_on, anonymous, service_user_id)
          VALUES (c.organisation_id, c.id, today, true, NULL) RETURNING id INTO response;
          FOR v IN SELECT * FROM jsonb_array_elements(p.answer) LOOP
            INSERT INTO consultation_response_value (organisation_id, response_id, question_id, chosen, scale, text)
            VALUES (c.organisation_id, response, (v->>'questionId')::uuid,
                    CASE WHEN v ? 'chosen' THEN ARRAY(SELECT jsonb_array_elements_text(v->'chosen')) END,
                    (v->>'scale')::smallint, v->>'text');
          END LOOP;
          DELETE FROM consultation_pool WHERE organisation_id = p.organisation_id AND id = p.id;
        END LOOP;
        RETURN waiting;
      END
      $$`);

    // The job's sweep: every consultation whose pool may move.
    await q.query(`
      CREATE FUNCTION beside_consultation_move_pools() RETURNS integer
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        moved integer := 0;
        c uuid;
      BEGIN
        FOR c IN SELECT DISTINCT consultation_id FROM consultation_pool LOOP
          moved := moved + beside_consultation_move_pool(c);
        END LOOP;
        RETURN moved;
      END
      $$`);

    // A proof-of-work challenge of the public link is used once: its hash is kept until it expires. True when new.
    await q.query(`
      CREATE FUNCTION beside_consultation_use_challenge(p_hash bytea, p_expires_at timestamptz) RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        DELETE FROM consultation_challenge_used WHERE expires_at < now();
        INSERT INTO consultation_challenge_used (challenge_hash, expires_at) VALUES (p_hash, p_expires_at) ON CONFLICT DO NOTHING;
        RETURN FOUND;
      END
      $$`);

    for (const fn of [
      'beside_consultation_has_answers(uuid)',
      'beside_public_consultation(text)',
      'beside_consultation_answer(uuid, jsonb)',
      'beside_consultation_move_pool(uuid)',
      'beside_consultation_move_pools()',
      'beside_consultation_use_challenge(bytea, timestamptz)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO beside_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of [
      'beside_consultation_use_challenge(bytea, timestamptz)',
      'beside_consultation_move_pools()',
      'beside_consultation_move_pool(uuid)',
      'beside_consultation_answer(uuid, jsonb)',
      'beside_public_consultation(text)',
      'beside_consultation_has_answers(uuid)',
      'beside_network_organisation_id()',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    for (const table of ['consultation_challenge_used', 'consultation_pool', 'consultation_response_value', 'consultation_response', 'consultation_invitation', 'consultation_question', 'consultation']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

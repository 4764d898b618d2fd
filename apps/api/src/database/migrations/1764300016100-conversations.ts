import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeNotificationKinds } from './notification-kinds';

/**
 * Messages between her and her advocates inside Beside (issue 16.5), one conversation per
 * journey. A message belongs to her record: staff cannot delete one (no DELETE grant), and an
 * edit (by its author, within minutes) keeps the earlier words in conversation_message_version.
 * conversation_read holds how far each person has read, for unread counts.
 */
export class Conversations1764300016100 implements MigrationInterface {
  name = 'Conversations1764300016100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversation_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        author_id uuid NOT NULL REFERENCES user_account(id),
        author_role varchar(20) NOT NULL CHECK (author_role IN ('service_user', 'advocate')),
        body varchar(4000) NOT NULL CHECK (char_length(btrim(body)) > 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX conversation_message_journey_idx ON conversation_message (journey_id, sent_at, id)`);
    await q.query(`
      CREATE TABLE conversation_message_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        message_id uuid NOT NULL REFERENCES conversation_message(id),
        body varchar(4000) NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX conversation_message_version_message_idx ON conversation_message_version (message_id, replaced_at)`);
    await q.query(`
      CREATE TABLE conversation_read (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        user_id uuid NOT NULL REFERENCES user_account(id),
        read_up_to timestamptz NOT NULL,
        PRIMARY KEY (journey_id, user_id)
      )`);
    for (const table of ['conversation_message', 'conversation_message_version', 'conversation_read']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = (SELECT beside_current_organisation()))
          WITH CHECK (organisation_id = (SELECT beside_current_organisation()))`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON conversation_message TO beside_app`);
    await q.query(`GRANT SELECT, INSERT ON conversation_message_version TO beside_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON conversation_read TO beside_app`);
    await changeNotificationKinds(q, (kinds) => [...kinds, 'conversation.message']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'conversation.message'`);
    await changeNotificationKinds(q, (kinds) => kinds.filter((k) => k !== 'conversation.message'));
    await q.query(`DROP TABLE conversation_read`);
    await q.query(`DROP TABLE conversation_message_version`);
    await q.query(`DROP TABLE conversation_message`);
  }
}

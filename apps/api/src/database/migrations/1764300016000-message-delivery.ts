import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages leave the outbox (issue 16): each has a channel and a delivery status
 * (queued → sending → sent | failed, or withdrawn before it went), the attempts made, when it may
 * go next (a retry's backoff, or her next safe time), the provider's id and the reason it failed
 * (never its content). A message to a woman names her service user record, so her safe-contact
 * rules are checked again at the moment of sending; a reminder names its appointment, so moving
 * or cancelling the appointment withdraws it.
 *
 * Messages queued before Beside could deliver any are marked failed rather than sent now: their
 * links have expired, and a message arriving weeks late could surprise her at a bad moment.
 */
export class MessageDelivery1764300016000 implements MigrationInterface {
  name = 'MessageDelivery1764300016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbox_message
        ADD COLUMN channel varchar(10) NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'text')),
        ADD COLUMN status varchar(10) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'withdrawn')),
        ADD COLUMN attempts smallint NOT NULL DEFAULT 0,
        ADD COLUMN send_after timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN last_attempt_at timestamptz,
        ADD COLUMN failure_reason varchar(300),
        ADD COLUMN provider_id varchar(300),
        ADD COLUMN service_user_id uuid REFERENCES service_user(id),
        ADD COLUMN appointment_id uuid REFERENCES appointment(id)`);
    await q.query(`UPDATE outbox_message SET status = 'sent' WHERE sent_at IS NOT NULL`);
    await q.query(`
      UPDATE outbox_message
      SET status = 'failed', failure_reason = 'Queued before Beside could deliver messages: send a new one if it is still wanted.'
      WHERE sent_at IS NULL`);
    await q.query(`CREATE INDEX outbox_message_due_idx ON outbox_message (organisation_id, send_after) WHERE status = 'queued'`);
    await q.query(`CREATE INDEX outbox_message_sending_idx ON outbox_message (last_attempt_at) WHERE status = 'sending'`);
    await q.query(`CREATE INDEX outbox_message_appointment_idx ON outbox_message (appointment_id) WHERE appointment_id IS NOT NULL`);

    // The delivery worker has no organisation: this narrow function names the organisations with a
    // message due (or one left "sending" by an instance that stopped), and nothing about the messages.
    await q.query(`
      CREATE FUNCTION beside_outbox_organisations_due(p_at timestamptz, p_stuck_before timestamptz) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT DISTINCT organisation_id FROM outbox_message
        WHERE (status = 'queued' AND send_after <= p_at) OR (status = 'sending' AND last_attempt_at < p_stuck_before)
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_outbox_organisations_due(timestamptz, timestamptz) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_outbox_organisations_due(timestamptz, timestamptz) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_outbox_organisations_due(timestamptz, timestamptz)`);
    await q.query(`
      ALTER TABLE outbox_message
        DROP COLUMN appointment_id, DROP COLUMN service_user_id, DROP COLUMN provider_id, DROP COLUMN failure_reason,
        DROP COLUMN last_attempt_at, DROP COLUMN send_after, DROP COLUMN attempts, DROP COLUMN status, DROP COLUMN channel`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Her safe times become structured windows on the London clock (issue 16.3). Her own words stay
 * where they were (safeContact.safeTimes); every record gains empty windows, not yet reviewed, so
 * nothing is sent to her until her advocate has turned her words into windows with her. The first
 * demo records' "voicemail" key takes its real name.
 */
export class StructuredSafeTimes1764300016400 implements MigrationInterface {
  name = 'StructuredSafeTimes1764300016400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE service_user SET safe_contact = (safe_contact - 'voicemail') || jsonb_build_object(
        'safeWindows', coalesce(safe_contact -> 'safeWindows', '[]'::jsonb),
        'safeWindowsReviewed', coalesce(safe_contact -> 'safeWindowsReviewed', 'false'::jsonb),
        'voicemailAllowed', coalesce(safe_contact -> 'voicemailAllowed', safe_contact -> 'voicemail', 'false'::jsonb))`);
  }

  async down(): Promise<void> {
    // The added keys are harmless to the earlier code, which ignores them.
  }
}

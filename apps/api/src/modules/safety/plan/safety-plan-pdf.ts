import { formatLondonDate } from '@beside/shared/util';
import { SAFETY_PLAN_SECTION_WORDS, type SafetyPlanView } from '@beside/shared/contracts';

// pdfmake's server build (CommonJS, no types): Roboto ships with it, so the plan needs no font from the system.
const pdfmake = require('pdfmake') as {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
const ROBOTO = require('pdfmake/fonts/Roboto') as { Roboto: Record<string, string> };
pdfmake.setFonts(ROBOTO);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => Object.values(ROBOTO.Roboto).includes(path));

/** The title on the page and in the file: neutral, so a glance at her phone or a printout says nothing of what it is. */
export const PLAN_TITLE = 'My plan';

export interface PlanFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * Her plan on A4, to print or keep: each section's heading and words (an empty one with its prompt and room to write
 * by hand), and the review date. No service name, logo or "safety" anywhere: not on the page, in the metadata or the file name.
 */
export async function safetyPlanPdf(plan: SafetyPlanView, today: string): Promise<PlanFile> {
  const content: unknown[] = [{ text: PLAN_TITLE, fontSize: 18, bold: true, margin: [0, 0, 0, 12] }];
  for (const section of plan.sections) {
    const words = SAFETY_PLAN_SECTION_WORDS[section.key];
    content.push({ text: words.heading, fontSize: 13, bold: true, margin: [0, 10, 0, 4] });
    content.push(
      section.body
        ? { text: section.body, margin: [0, 0, 0, 6] }
        : { stack: [{ text: words.prompt, italics: true, color: '#555555' }, { text: '\n\n\n' }], margin: [0, 0, 0, 6] },
    );
  }
  content.push({ text: plan.reviewOn ? `To look at again on ${formatLondonDate(plan.reviewOn)}` : 'To look at again: no date set yet', margin: [0, 16, 0, 0] });
  const buffer = await pdfmake
    .createPdf({
      info: { title: PLAN_TITLE, author: '', subject: '', keywords: '', creator: '', producer: '' },
      pageSize: 'A4',
      pageMargins: [60, 60, 60, 60],
      defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.25 },
      content,
    })
    .getBuffer();
  return { filename: `plan-${today}.pdf`, contentType: 'application/pdf', content: buffer };
}

import type { ChallengeStageDefinition } from '@beside/shared/contracts';
import { DEFAULT_CHALLENGE_TYPES } from './default-challenge-types';

/**
 * What each default stage means, said to her ("you"), for her portal; staff read the descriptions, which speak of her.
 * Keyed by type and stage. Used only while the organisation has not reworded the stage: its own words win.
 */
const LOCAL_RESOLUTION = {
  acknowledgement: 'They tell you they have your complaint and offer to talk about how they will look into it.',
  response: 'They write to you: what they looked into, what they found, and what will change.',
};

const FOR_HER: Record<string, string> = {
  'nhs_complaint.complaint': 'You complain to the NHS service (or the body that pays for it), in writing or by talking to them.',
  'nhs_complaint.acknowledgement': LOCAL_RESOLUTION.acknowledgement,
  'nhs_complaint.response': LOCAL_RESOLUTION.response,
  'nhs_complaint.ombudsman': 'If you are not happy with their answer, you can ask the Ombudsman to look at it.',
  'pals_contact.contact': 'You (or your advocate with you) ask PALS to help sort out a worry informally.',
  'pals_contact.reply': 'PALS tells you what they found or arranged. If it is not sorted out, you can make an NHS complaint.',
  'care_team_change.request': 'You ask for a different care coordinator, doctor or team, or for a second opinion.',
  'care_team_change.decision': 'The service says yes, says no with its reasons, or offers something else. A no can become a complaint.',
  'mha_tribunal.application': 'You ask the tribunal to look at whether you should stay in hospital. Under section 2 you have 14 days from when it started.',
  'mha_tribunal.hearing': 'The hearing, with your solicitor. Your advocate can help you get ready to say what you want to say.',
  'mha_tribunal.decision': 'The tribunal decides, and writes down its reasons.',
  'hospital_managers_hearing.request': 'You ask the hospital managers to look at whether you should stay in hospital. You can ask at any time.',
  'hospital_managers_hearing.hearing': 'The managers listen to you, your doctor and others.',
  'hospital_managers_hearing.decision': 'The managers decide, and tell you why.',
  'benefits_appeal.reconsideration': 'You ask the Department to look at its decision again.',
  'benefits_appeal.reconsideration_notice': 'The Department writes to tell you what it decided when it looked again.',
  'benefits_appeal.appeal': 'You appeal to an independent tribunal.',
  'benefits_appeal.hearing': 'The tribunal listens to your appeal and decides.',
  'housing_review.request': 'You ask the council to look at its housing decision again.',
  'housing_review.decision': 'The council tells you what it decided when it looked again.',
  'social_care_complaint.complaint': 'You complain to the council about its adult social care.',
  'social_care_complaint.acknowledgement': LOCAL_RESOLUTION.acknowledgement,
  'social_care_complaint.response': LOCAL_RESOLUTION.response,
  'social_care_complaint.ombudsman': 'If you are not happy with their answer, you can ask the Ombudsman to look at it.',
};

/** The stage in words for her: the default's "you" wording while the stage says what the default says, else its own words. */
export function stageWordsForHer(typeKey: string, stage: ChallengeStageDefinition): string {
  const shipped = DEFAULT_CHALLENGE_TYPES.find((t) => t.key === typeKey)?.stages.find((s) => s.key === stage.key);
  const forHer = FOR_HER[`${typeKey}.${stage.key}`];
  return forHer && shipped?.description === stage.description ? forHer : stage.description;
}

/** Every default stage has her wording (checked by a unit test). */
export const STAGES_WITHOUT_WORDS_FOR_HER = (): string[] =>
  DEFAULT_CHALLENGE_TYPES.flatMap((t) => t.stages.map((s) => `${t.key}.${s.key}`)).filter((k) => !FOR_HER[k]);

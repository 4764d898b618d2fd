// The glossary in words she reads lives in @beside/shared/contracts (portal-words.ts), so her data
// download says the same as her screens.
export {
  CHANNEL_WORDS,
  FIELD_WORDS,
  GOAL_CATEGORY_WORDS,
  GOAL_STATUS_WORDS,
  PROPOSAL_STATUS_WORDS,
  ROLE_WORDS,
  STEP_OWNER_WORDS,
  SUPPORT_WORDS,
  SUPPORT_WORDS_PAST,
  TARGET_WORDS,
} from '@beside/shared/contracts';

import type { RiskAnswerOption, RiskChecklistBody, RiskQuestion } from '@beside/shared/contracts';

export const SHIPPED_CHECKLIST_KEY = 'beside_domestic_abuse';
export const SHIPPED_VERSION = 1;

/** No, not sure, yes: "not sure" counts a little, so an uncertain answer is never read as a safe one. */
const answers = (yes: number): RiskAnswerOption[] => [
  { key: 'no', label: 'No', weight: 0 },
  { key: 'not_sure', label: 'Not sure', weight: 1 },
  { key: 'yes', label: 'Yes', weight: yes },
];

const ask = (key: string, text: string, guidance: string, yes: number, required = false): RiskQuestion => ({ key, text, guidance, required, options: answers(yes) });

/**
 * Beside's own domestic-abuse risk checklist (docs/SAFETY.md, "Risk checklists"): plain questions written for Beside,
 * asked with her. Not the DASH checklist, whose wording is licensed by its owner: an organisation holding that licence
 * loads its own text as a checklist of its own. The weights and thresholds are Beside's judgement, explained in the docs.
 */
export const SHIPPED_CHECKLIST: RiskChecklistBody = {
  name: 'Domestic abuse risk checklist',
  guidance:
    'Do this with her, never about her, somewhere private where the person harming her cannot hear or see. Tell her why you are asking: ' +
    'to understand how safe she is and what help to offer. She can stop, pause or come back to it; questions that are not required can be left. ' +
    'Use her words for the person harming her. Believe what she tells you. If she is in danger now, call 999 first. ' +
    'The score helps you think; it never replaces your judgement: you can refer to a MARAC at any score.',
  source: 'Written for Beside (not the DASH checklist, which is licensed by its owner)',
  thresholds: { medium: 10, high: 20, marac: 20 },
  questions: [
    ask('fear', 'Are you frightened of the person harming you, or of what they might do?', 'Ask this first and give her time. Fear is one of the strongest signs of danger: trust it even when there is no injury.', 3, true),
    ask('escalation', 'Has it been happening more often, or getting worse, lately?', 'Abuse that is getting more frequent or more serious is a warning sign. Ask about the last few weeks and months.', 3, true),
    ask('injuries', 'Have they ever hurt you so that you were injured: bruises, cuts, broken bones, or needing to see a doctor?', 'She may not call it an injury. Let her describe what happened in her own words; do not press for details.', 2, true),
    ask('threats_to_kill', 'Have they ever threatened to kill you, or someone close to you?', 'Threats to kill are one of the most serious signs. Include threats made in messages or "as a joke".', 4, true),
    ask('strangulation', 'Have they ever put their hands around your neck, choked or strangled you, or covered your mouth or nose?', 'Strangulation often leaves no mark and she may not name it. Ask plainly and gently; it is a serious sign whatever happened next.', 4, true),
    ask('weapons', 'Have they ever used, or threatened to use, a knife, a gun or anything else to hurt you?', 'Include objects picked up in the moment. If they have a weapon now, say so in your notes.', 4, true),
    ask('stalking', 'Do they follow you, watch you, turn up where you are, keep calling or messaging you, or track your phone?', 'Stalking is often played down. Ask about online tracking and messages as well as being followed.', 2),
    ask('separation', 'Have you left them, or tried to, in the past year, or are you thinking of leaving?', 'The time around leaving is often the most dangerous. This is never a reason to stay: it is a reason to plan safely.', 2, true),
    ask('pregnancy', 'Are you pregnant, or have you had a baby in the past 18 months?', 'Abuse often starts or gets worse in pregnancy and after a birth. Ask only if she is comfortable answering.', 2),
    ask('children', 'Do any children live with you or stay with you?', 'Ask about any children in the home, hers or not. It tells you whether to think about a referral to children’s services too.', 1, true),
    ask('children_harmed', 'Have they hurt or threatened the children, or used them to frighten or control you?', 'Include threats to take the children and arguments over contact. Leave it if there are no children.', 3),
    ask('controlling', 'Do they control what you do, who you see, your money or your phone, or are they very jealous?', 'Controlling behaviour is abuse in itself and a sign of danger. She may describe it as care or worry.', 2),
    ask('sexual_abuse', 'Have they ever made you do anything sexual you did not want to, or hurt you during sex?', 'Ask only when you are alone with her, and tell her she does not have to answer. Do not ask for details.', 3),
    ask('their_crisis', 'Do they misuse drink or drugs, or have they been in a mental health crisis or threatened suicide, in a way that frightens you?', 'This is about the person harming her, not about her. It never excuses the abuse; it can make it more dangerous.', 2),
    ask('access_to_her', 'Can they easily get to you: do they live with you, live nearby, or know where you are?', 'Think about home, work, her children’s school and the places she goes.', 2),
    ask('isolation', 'Do you feel cut off from family, friends or other support, or do they stop you seeing people?', 'Isolation makes it harder to get help. Ask who she could call if she needed to.', 1),
    ask('police_history', 'Have the police ever been called because of them, for you or for someone else they hurt?', 'A history of violence, with her or with others, matters. It does not matter whether anyone was charged.', 2),
    ask('breach_of_orders', 'Have they broken a court order, bail conditions or an agreement meant to keep you safe?', 'Breaking orders shows they are not stopped by rules meant to protect her. Include non-molestation orders and bail.', 3),
  ],
};

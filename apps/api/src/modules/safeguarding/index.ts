// The safeguarding module's public surface: which concerns a member of staff may see, and putting a concern on the register.
export { visibleTo } from './concerns/concern-visibility';
export { insertConcern } from './concerns/concern-intake';

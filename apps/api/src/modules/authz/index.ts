// The authz module's public surface: who is asking, and the decorators every route uses.
export type { Actor, RequestOrigin } from './actor';
export { CurrentActor, CurrentCaller, Origin } from './current-actor.decorator';
export type { Caller } from './current-actor.decorator';
export { Allow } from './policy.decorator';
export { Public } from './policy.decorator';
export { Route, RouteGroup } from './route.decorator';
export type { RouteAnswers, RouteGroupOptions } from './route.decorator';
export type { BesideRequest } from './current-actor.decorator';
export { originOf } from './current-actor.decorator';
export { PendingSession } from './policy.decorator';
export type { SessionRequest } from './access.guard';

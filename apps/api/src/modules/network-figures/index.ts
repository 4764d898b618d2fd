// The network figures module's public surface: the pure suppression rules (for anyone who shows pooled figures).
export { suppressPooledCells, MIN_CONTRIBUTING_ORGANISATIONS, type PooledCell, type SumRelation } from './network-figures-suppression';

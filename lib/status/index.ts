// The public API of lib/status: pure functions from probe results to statuses, incidents and uptime.
// Callers (scheduler, db, server) keep the small states these reducers return between rounds;
// nothing here reads a clock, the database or the network.
export * from './vocabulary';
export * from './shared';
export * from './confirmation';
export * from './vantages';
export * from './guard';
export * from './chain-endpoints';
export * from './chain';
export * from './maintenance';
export * from './exchange';
export * from './reported';
export * from './transitions';
export * from './incidents';
export * from './rollups';
export * from './uptime';
export * from './service';

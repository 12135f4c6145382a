// The public API of lib/correlation: cloud-outage events from services' statuses, their stated and measured
// dependencies and the clouds' own reports (docs/methodology.md § Cloud-outage events). Pure: `now` is an
// argument; nothing here reads a clock, the database or the network.
export * from './settings';
export * from './dependencies';
export * from './reports';
export * from './events';
export * from './timeline';

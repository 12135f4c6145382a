// The header's row the open display options are rendered into (plain module: the server header and the
// client menu both read it).
export const PREFERENCES_SLOT_ID = 'preferences-slot';

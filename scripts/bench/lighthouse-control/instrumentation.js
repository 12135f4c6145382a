// The control's own (empty) instrumentation hook. Without this file, Turbopack builds the control with
// Marsad's instrumentation.ts from the repository's root, and the control's server would start Marsad's
// database and probes while it is measured.
export function register() {}

'use client';
// Inside the site's layout, so a failed page keeps its header and navigation (widgets use ../error.tsx).
export { default } from '../error';

// Locale-aware Link, redirect and pathname helpers, bound to Marsad's routing.
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);

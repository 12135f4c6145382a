// /desk: the desk is Arabic first.
import { redirect } from 'next/navigation';

export const dynamic = 'force-dynamic';

export default function DeskRoot() {
  redirect('/desk/ar');
}

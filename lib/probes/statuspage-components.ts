// Which Statuspage components belong to a Marsad service (docs/methodology.md § Reported status), shared by the
// `statuspage` probe and the Statuspage cloud feed (Cloudflare). The catalog lists the components a service
// maps, each by `id` or by `name`:
//
// - An entry with an `id` matches the component with that id, and only it (its name is then just a label).
// - An entry with only a `name` matches the component whose name is the same after normalising both:
//   Unicode NFKC, whitespace runs collapsed to one space, trimmed, lower-cased. Nothing looser: "API" does not
//   match "API Requests", and "Base" does not match "Base Sepolia".
// - A component also matches when its group does: mapping the group "Europe" maps every data centre in it.
//
// The real ids of some pages cannot be read from where the catalog was written, so names stand in; an operator
// adds the `id` to an entry later (catalog file only, no code), and the id then decides.
export interface ComponentRef {
  id?: string;
  name?: string;
}

export interface PageComponent {
  id: string;
  name: string;
  group_id?: string | null;
}

export interface IncidentComponent {
  id: string;
  name?: string;
  group_id?: string | null;
}

/** The name rule: NFKC, whitespace collapsed, trimmed, lower case. */
export function normalizeComponentName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function refMatches(ref: ComponentRef, c: { id: string; name?: string }): boolean {
  if (ref.id !== undefined) return c.id === ref.id;
  return ref.name !== undefined && c.name !== undefined && normalizeComponentName(c.name) === normalizeComponentName(ref.name);
}

/** How an entry is named in notes: its name when it has one, else its id. */
export function refLabel(ref: ComponentRef): string {
  return ref.name ?? ref.id ?? '?';
}

export interface ComponentMap {
  /** False when the catalog maps no component: then every component and every incident counts. */
  readonly filters: boolean;
  /** Whether a component of the page (or of an incident), or its group, is mapped. */
  isMapped(c: IncidentComponent): boolean;
  /** Entries that matched nothing on this page (renamed or removed: a catalog problem). */
  missing(): ComponentRef[];
  /** Whether an incident counts: it names a mapped component, or names no component at all (it cannot be placed). */
  countsIncident(components: readonly IncidentComponent[] | undefined): boolean;
}

export function componentMap(refs: readonly ComponentRef[], page: readonly PageComponent[]): ComponentMap {
  const byId = new Map(page.map((c) => [c.id, c]));
  const direct = (c: IncidentComponent) => refs.some((ref) => refMatches(ref, c));
  const isMapped = (c: IncidentComponent): boolean => {
    if (direct(c)) return true;
    const groupId = c.group_id ?? byId.get(c.id)?.group_id;
    const group = groupId ? byId.get(groupId) : undefined;
    return group !== undefined && direct(group);
  };
  return {
    filters: refs.length > 0,
    isMapped: (c) => refs.length === 0 || isMapped(c),
    missing: () => refs.filter((ref) => !page.some((c) => refMatches(ref, c))),
    countsIncident(components) {
      if (refs.length === 0 || !components?.length) return true;
      return components.some((c) => {
        const onPage = byId.get(c.id);
        return isMapped({ id: c.id, name: c.name ?? onPage?.name, group_id: c.group_id ?? onPage?.group_id });
      });
    },
  };
}

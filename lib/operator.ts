// Who runs this deployment and how to reach them, from the operator's settings (never invented):
// MARSAD_OPERATOR_NAME (a person or organisation, as readers should see it) and MARSAD_CONTACT_EMAIL (where
// readers write, corrections included). Unset, the about page says plainly that this deployment has not
// named its operator. A malformed value stops the start (front server and engine) with a message naming it.
type Env = Record<string, string | undefined>;

export interface OperatorInfo {
  name: string | null;
  email: string | null;
}

const NAME_MAX = 120;
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/;
// Control characters, and the marks that could re-order the sentence the name is put in.
const UNSAFE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069<>]/;

const valueOf = (env: Env, name: string) => {
  const raw = env[name]?.trim();
  return raw ? raw : null;
};

/** Why these operator settings cannot be used, or null. */
export function operatorSettingsProblem(env: Env = process.env): string | null {
  const name = valueOf(env, 'MARSAD_OPERATOR_NAME');
  if (name !== null && (name.length > NAME_MAX || UNSAFE.test(name))) {
    return `MARSAD_OPERATOR_NAME must be a plain name of at most ${NAME_MAX} characters (no control characters, direction marks or angle brackets), not "${name.slice(0, 40)}"`;
  }
  const email = valueOf(env, 'MARSAD_CONTACT_EMAIL');
  if (email !== null && (email.length > 254 || !EMAIL.test(email))) {
    return `MARSAD_CONTACT_EMAIL must be an e-mail address such as corrections@marsad.example, not "${email.slice(0, 60)}"`;
  }
  return null;
}

/** The operator as the about page shows it; a value the start would refuse is dropped, never shown. */
export function readOperator(env: Env = process.env): OperatorInfo {
  if (operatorSettingsProblem(env)) {
    const nameOnly = operatorSettingsProblem({ MARSAD_OPERATOR_NAME: env.MARSAD_OPERATOR_NAME }) === null;
    const emailOnly = operatorSettingsProblem({ MARSAD_CONTACT_EMAIL: env.MARSAD_CONTACT_EMAIL }) === null;
    return { name: nameOnly ? valueOf(env, 'MARSAD_OPERATOR_NAME') : null, email: emailOnly ? valueOf(env, 'MARSAD_CONTACT_EMAIL') : null };
  }
  return { name: valueOf(env, 'MARSAD_OPERATOR_NAME'), email: valueOf(env, 'MARSAD_CONTACT_EMAIL') };
}

/**
 * The form profiles in force: a clerk's edited profile where the library holds one, else the
 * built-in. A stored profile that no longer passes the schema (written by a later Shenyi, or
 * by hand) is reported, not silently replaced by the built-in one.
 */
import { DRAFT_FORMS, type DraftForm } from '../model/drafting';
import type { Store } from '../store/store';
import { loadFormProfile, type FormProfile } from './form-profile';
import { FORM_PROFILES } from './form-profiles';

export function profileInForce(store: Store, form: DraftForm): FormProfile & { edited: boolean } {
  const json = store.drafts.profileJson(form);
  if (json === null) return { ...FORM_PROFILES[form], edited: false };
  return { ...loadFormProfile(JSON.parse(json), `the library's edited ${form} profile`), edited: true };
}

export const profilesInForce = (store: Store) => DRAFT_FORMS.map((form) => profileInForce(store, form));

/** Checks an edited profile and keeps it; `null` goes back to the built-in one. */
export function saveProfile(store: Store, input: { profile: unknown } | { reset: DraftForm }): void {
  if ('reset' in input) {
    store.drafts.putProfile(input.reset, null);
    return;
  }
  const profile = loadFormProfile(input.profile, 'the edited profile');
  store.drafts.putProfile(profile.id, JSON.stringify(profile));
}

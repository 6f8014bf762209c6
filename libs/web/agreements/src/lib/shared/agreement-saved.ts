/** What the agreement page says after the editor saved, passed in the navigation's state under this key. */
export const SAVED_STATE_KEY = 'agreementSaved';
export type SavedKind = 'created' | 'registered' | 'saved' | 'newVersion';
